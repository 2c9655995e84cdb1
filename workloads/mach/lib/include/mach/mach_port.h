/* mach_port_* calls (Mach 3.0's mach_port.defs interface; here traps). */
#ifndef _MACH_MACH_PORT_H_
#define _MACH_MACH_PORT_H_

#include <mach/mach_types.h>

extern kern_return_t mach_port_allocate(ipc_space_t task, mach_port_right_t right, mach_port_t* name);
extern kern_return_t mach_port_deallocate(ipc_space_t task, mach_port_t name);
extern kern_return_t mach_port_destroy(ipc_space_t task, mach_port_t name);
extern kern_return_t mach_port_mod_refs(ipc_space_t task, mach_port_t name, mach_port_right_t right,
                                        mach_port_delta_t delta);
extern kern_return_t mach_port_insert_right(ipc_space_t task, mach_port_t name, mach_port_t poly,
                                            mach_msg_type_name_t polyPoly);
extern kern_return_t mach_port_get_refs(ipc_space_t task, mach_port_t name, mach_port_right_t right,
                                        mach_port_urefs_t* refs);
extern kern_return_t mach_port_move_member(ipc_space_t task, mach_port_t member, mach_port_t after);
extern kern_return_t mach_port_request_notification(ipc_space_t task, mach_port_t name, mach_msg_id_t variant,
                                                    mach_port_mscount_t sync, mach_port_t notify,
                                                    mach_msg_type_name_t notifyPoly, mach_port_t* previous);
extern kern_return_t mach_port_set_qlimit(ipc_space_t task, mach_port_t name, mach_port_msgcount_t qlimit);
extern kern_return_t mach_port_type(ipc_space_t task, mach_port_t name, mach_port_type_t* ptype);

#endif
