// The mach_port_* calls on a task's IPC space (Mach's ipc/mach_port.c),
// as kernel calls: the space is named by a task port send right.
#pragma once
#include <mach/port.h>
#include <stdint.h>

int mach_reply_port_call();
int mach_port_allocate_call(uint32_t task, uint32_t right, uint32_t name_out);
int mach_port_deallocate_call(uint32_t task, uint32_t name);
int mach_port_destroy_call(uint32_t task, uint32_t name);
int mach_port_mod_refs_call(uint32_t task, uint32_t name, uint32_t right, uint32_t delta);
int mach_port_insert_right_call(uint32_t task, uint32_t name, uint32_t poly, uint32_t poly_poly);
int mach_port_get_refs_call(uint32_t task, uint32_t name, uint32_t right, uint32_t refs_out);
int mach_port_move_member_call(uint32_t task, uint32_t member, uint32_t after);
int mach_port_request_notification_call(uint32_t task, uint32_t name, uint32_t variant, uint32_t sync,
                                        uint32_t notify, uint32_t notify_poly, uint32_t previous_out);
int mach_port_set_qlimit_call(uint32_t task, uint32_t name, uint32_t qlimit);
int mach_port_type_call(uint32_t task, uint32_t name, uint32_t type_out);
