#include "ipc/mach_port.h"

#include <mach/message.h>
#include <mach/notify.h>

#include "ipc/ipc_port.h"
#include "ipc/ipc_notify.h"
#include "ipc/ipc_pset.h"
#include "ipc/ipc_right.h"
#include "ipc/ipc_space.h"
#include "kern/copy.h"
#include "kern/ipc_tt.h"

namespace {

Task* caller() { return current_thread()->task; }

// The space a task port name denotes (KERN_INVALID_TASK when none).
IpcSpace* space_of(uint32_t task_name) {
  Task* task = convert_name_to_task(task_name);
  return task && task->itk_space && task->itk_space->active ? task->itk_space : nullptr;
}

int put_word(uint32_t user_address, uint32_t value) {
  return copyout(caller()->space, &value, user_address, sizeof value) ? KERN_INVALID_ADDRESS : KERN_SUCCESS;
}

}  // namespace

int mach_reply_port_call() {
  IpcSpace* space = caller()->itk_space;
  IpcPort* port = ipc_port_alloc(space);
  if (!port) return MACH_PORT_NULL;
  mach_port_t name;
  IpcEntry* e;
  if (ipc_entry_alloc(space, &name, &e) != KERN_SUCCESS) {
    ipc_port_destroy(port);
    return MACH_PORT_NULL;
  }
  e->object = &port->object;
  e->bits |= MACH_PORT_TYPE_RECEIVE;
  port->receiver_name = name;
  return static_cast<int>(name);
}

int mach_port_allocate_call(uint32_t task, uint32_t right, uint32_t name_out) {
  IpcSpace* space = space_of(task);
  if (!space) return KERN_INVALID_TASK;
  uint32_t probe;
  if (copyin(caller()->space, name_out, &probe, sizeof probe)) return KERN_INVALID_ADDRESS;
  mach_port_t name;
  IpcEntry* e;
  IpcObject* object = nullptr;
  switch (right) {
    case MACH_PORT_RIGHT_RECEIVE: {
      IpcPort* port = ipc_port_alloc(space);
      if (!port) return KERN_RESOURCE_SHORTAGE;
      object = &port->object;
      break;
    }
    case MACH_PORT_RIGHT_PORT_SET: {
      IpcPset* pset = ipc_pset_alloc(space);
      if (!pset) return KERN_RESOURCE_SHORTAGE;
      object = &pset->object;
      break;
    }
    case MACH_PORT_RIGHT_DEAD_NAME:
      break;
    default:
      return KERN_INVALID_VALUE;
  }
  const kern_return_t kr = ipc_entry_alloc(space, &name, &e);
  if (kr != KERN_SUCCESS) {
    if (object) {
      object->active = false;
      io_release(object);
    }
    return kr;
  }
  e->object = object;
  if (right == MACH_PORT_RIGHT_RECEIVE) {
    e->bits |= MACH_PORT_TYPE_RECEIVE;
    ip_from(object)->receiver_name = name;
  } else if (right == MACH_PORT_RIGHT_PORT_SET) {
    e->bits |= MACH_PORT_TYPE_PORT_SET;
    ips_from(object)->local_name = name;
  } else {
    e->bits |= MACH_PORT_TYPE_DEAD_NAME | 1;
  }
  return put_word(name_out, name);
}

int mach_port_deallocate_call(uint32_t task, uint32_t name) {
  IpcSpace* space = space_of(task);
  return space ? ipc_right_dealloc(space, name) : KERN_INVALID_TASK;
}

int mach_port_destroy_call(uint32_t task, uint32_t name) {
  IpcSpace* space = space_of(task);
  return space ? ipc_right_destroy(space, name) : KERN_INVALID_TASK;
}

int mach_port_mod_refs_call(uint32_t task, uint32_t name, uint32_t right, uint32_t delta) {
  IpcSpace* space = space_of(task);
  return space ? ipc_right_delta(space, name, right, static_cast<mach_port_delta_t>(delta)) : KERN_INVALID_TASK;
}

int mach_port_insert_right_call(uint32_t task, uint32_t name, uint32_t poly, uint32_t poly_poly) {
  IpcSpace* space = space_of(task);
  if (!space) return KERN_INVALID_TASK;
  if (!MACH_PORT_VALID(name)) return KERN_INVALID_VALUE;
  if (!MACH_MSG_TYPE_PORT_ANY(poly_poly) || poly_poly == MACH_MSG_TYPE_MOVE_RECEIVE) return KERN_INVALID_VALUE;
  IpcSpace* mine = caller()->itk_space;
  if (!ipc_right_copyin_check(mine, poly, poly_poly)) return KERN_INVALID_CAPABILITY;
  IpcPort* port;
  if (ipc_right_copyin(mine, poly, poly_poly, &port) != KERN_SUCCESS) return KERN_INVALID_CAPABILITY;
  const mach_msg_type_name_t type = ipc_right_transit_type(poly_poly);
  if (port == IP_DEAD) return KERN_INVALID_CAPABILITY;
  const kern_return_t kr = ipc_right_insert(space, name, port, type);
  if (kr != KERN_SUCCESS) ipc_right_release_transit(port, type);
  return kr;
}

int mach_port_get_refs_call(uint32_t task, uint32_t name, uint32_t right, uint32_t refs_out) {
  IpcSpace* space = space_of(task);
  if (!space) return KERN_INVALID_TASK;
  if (right >= MACH_PORT_RIGHT_NUMBER) return KERN_INVALID_VALUE;
  IpcEntry* e = ipc_right_lookup(space, name);
  if (!e) return KERN_INVALID_NAME;
  uint32_t refs = 0;
  const uint32_t bits = e->bits;
  if (bits & MACH_PORT_TYPE(right)) {
    if (right == MACH_PORT_RIGHT_SEND || right == MACH_PORT_RIGHT_DEAD_NAME) refs = IE_BITS_UREFS(bits);
    else refs = 1;
  }
  return put_word(refs_out, refs);
}

int mach_port_move_member_call(uint32_t task, uint32_t member, uint32_t after) {
  IpcSpace* space = space_of(task);
  if (!space) return KERN_INVALID_TASK;
  IpcEntry* me = ipc_right_lookup(space, member);
  if (!me) return KERN_INVALID_NAME;
  if (!(me->bits & MACH_PORT_TYPE_RECEIVE)) return KERN_INVALID_RIGHT;
  IpcPort* port = ip_from(me->object);
  IpcPset* pset = nullptr;
  if (after != MACH_PORT_NULL) {
    IpcEntry* se = ipc_right_lookup(space, after);
    if (!se) return KERN_INVALID_NAME;
    if (!(se->bits & MACH_PORT_TYPE_PORT_SET)) return KERN_INVALID_RIGHT;
    pset = ips_from(se->object);
  } else if (!port->pset) {
    return KERN_NOT_IN_SET;
  }
  ipc_pset_move(port, nullptr);
  if (pset) ipc_pset_move(port, pset);
  return KERN_SUCCESS;
}

int mach_port_request_notification_call(uint32_t task, uint32_t name, uint32_t variant, uint32_t sync,
                                        uint32_t notify, uint32_t notify_poly, uint32_t previous_out) {
  IpcSpace* space = space_of(task);
  if (!space) return KERN_INVALID_TASK;
  uint32_t probe;
  if (copyin(caller()->space, previous_out, &probe, sizeof probe)) return KERN_INVALID_ADDRESS;
  if (variant != MACH_NOTIFY_DEAD_NAME && variant != MACH_NOTIFY_NO_SENDERS) return KERN_INVALID_VALUE;
  IpcEntry* e = ipc_right_lookup(space, name);
  if (!e) return KERN_INVALID_NAME;
  // The notify right: a send-once right made or moved from the caller's
  // space (MACH_PORT_NULL cancels a request).
  IpcPort* notify_port = nullptr;
  if (notify != MACH_PORT_NULL) {
    if (notify_poly != MACH_MSG_TYPE_MAKE_SEND_ONCE && notify_poly != MACH_MSG_TYPE_MOVE_SEND_ONCE)
      return KERN_INVALID_VALUE;
    if (!ipc_right_copyin_check(caller()->itk_space, notify, notify_poly)) return KERN_INVALID_CAPABILITY;
    e = nullptr;  // the copyin may change the caller's table
  }
  if (notify != MACH_PORT_NULL && ipc_right_copyin(caller()->itk_space, notify, notify_poly, &notify_port) != KERN_SUCCESS)
    return KERN_INVALID_CAPABILITY;
  e = ipc_right_lookup(space, name);
  uint32_t previous = MACH_PORT_NULL;
  kern_return_t kr = KERN_SUCCESS;
  if (!e) {
    kr = KERN_INVALID_NAME;
  } else if (variant == MACH_NOTIFY_NO_SENDERS) {
    if (!(e->bits & MACH_PORT_TYPE_RECEIVE)) {
      kr = KERN_INVALID_RIGHT;
    } else {
      IpcPort* port = ip_from(e->object);
      IpcPort* old = port->nsrequest;
      port->nsrequest = notify_port;
      port->nssync = sync;
      notify_port = nullptr;
      if (old) ipc_right_release_transit(old, MACH_MSG_TYPE_PORT_SEND_ONCE);  // (Mach returns it as previous)
      // No senders already: fire at once.
      if (port->nsrequest && port->srights == 0 && port->mscount >= sync) {
        IpcPort* ns = port->nsrequest;
        port->nsrequest = nullptr;
        ipc_notify_no_senders(ns, port->mscount);
      }
    }
  } else if (e->bits & MACH_PORT_TYPE_DEAD_NAME) {
    // Already dead: tell at once (Mach does so when sync is set, else refuses).
    if (notify_port && sync) {
      // The notification carries a user reference of the dead name.
      if (IE_BITS_UREFS(e->bits) >= MACH_PORT_UREFS_MAX) {
        kr = KERN_UREFS_OVERFLOW;
      } else {
        ++e->bits;
        ipc_notify_dead_name(notify_port, name);
        notify_port = nullptr;
      }
    } else if (notify_port) {
      kr = KERN_INVALID_ARGUMENT;
    }
  } else if (!(e->bits & (MACH_PORT_TYPE_SEND | MACH_PORT_TYPE_SEND_ONCE | MACH_PORT_TYPE_RECEIVE))) {
    kr = KERN_INVALID_RIGHT;
  } else {
    IpcPort* port = ip_from(e->object);
    // One request per name: replace an earlier one.
    for (IpcDnRequest** link = &port->dnrequests; *link; link = &(*link)->next) {
      IpcDnRequest* r = *link;
      if (r->space != space || r->name != name) continue;
      *link = r->next;
      ipc_right_release_transit(r->notify, MACH_MSG_TYPE_PORT_SEND_ONCE);
      ipc_dnrequest_free(r);
      e->bits &= ~IE_BITS_DNREQUEST;
      break;
    }
    if (notify_port) {
      IpcDnRequest* r = ipc_dnrequest_alloc();
      if (!r) {
        kr = KERN_RESOURCE_SHORTAGE;
      } else {
        r->space = space;
        r->name = name;
        r->notify = notify_port;
        r->next = port->dnrequests;
        port->dnrequests = r;
        e->bits |= IE_BITS_DNREQUEST;
        notify_port = nullptr;
      }
    }
  }
  if (notify_port) ipc_right_release_transit(notify_port, MACH_MSG_TYPE_PORT_SEND_ONCE);
  if (kr != KERN_SUCCESS) return kr;
  return put_word(previous_out, previous);
}

int mach_port_set_qlimit_call(uint32_t task, uint32_t name, uint32_t qlimit) {
  IpcSpace* space = space_of(task);
  if (!space) return KERN_INVALID_TASK;
  if (qlimit > MACH_PORT_QLIMIT_MAX) return KERN_INVALID_VALUE;
  IpcEntry* e = ipc_right_lookup(space, name);
  if (!e) return KERN_INVALID_NAME;
  if (!(e->bits & MACH_PORT_TYPE_RECEIVE)) return KERN_INVALID_RIGHT;
  IpcPort* port = ip_from(e->object);
  const uint32_t old = port->qlimit;
  port->qlimit = qlimit;
  // More room: the senders that now fit may go.
  for (uint32_t i = old; i < qlimit && port->blocked; ++i) ipc_port_wake_sender(port);
  return KERN_SUCCESS;
}

int mach_port_type_call(uint32_t task, uint32_t name, uint32_t type_out) {
  IpcSpace* space = space_of(task);
  if (!space) return KERN_INVALID_TASK;
  IpcEntry* e = ipc_right_lookup(space, name);
  if (!e) return KERN_INVALID_NAME;
  uint32_t type = IE_BITS_TYPE(e->bits);
  if (e->bits & IE_BITS_DNREQUEST) type |= MACH_PORT_TYPE_DNREQUEST;
  return put_word(type_out, type);
}
