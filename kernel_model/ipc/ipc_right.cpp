#include "ipc/ipc_right.h"

#include "ipc/ipc_port.h"
#include "ipc/ipc_pset.h"

namespace {

IpcPort* entry_port(const IpcEntry* e) { return ip_from(e->object); }

// The entry's port right is gone: drop the entry's reference and the
// entry itself when nothing is left in it.
void entry_lost_rights(IpcSpace* space, mach_port_t name, IpcEntry* e, uint32_t types_removed) {
  e->bits &= ~types_removed;
  if (IE_BITS_TYPE(e->bits)) return;
  IpcObject* o = e->object;
  ipc_entry_dealloc(space, name);
  if (o) io_release(o);
}

// A dead name given in a message with a moving disposition: one user
// reference goes (the right travels as IP_DEAD).
void consume_dead_name(IpcSpace* space, mach_port_t name, IpcEntry* e) {
  if (IE_BITS_UREFS(e->bits) <= 1) ipc_entry_dealloc(space, name);
  else --e->bits;
}

// Forget a dead-name request registered through this entry.
void cancel_dnrequest(IpcSpace* space, mach_port_t name, IpcEntry* e) {
  if (!(e->bits & IE_BITS_DNREQUEST)) return;
  e->bits &= ~IE_BITS_DNREQUEST;
  IpcPort* port = entry_port(e);
  for (IpcDnRequest** link = &port->dnrequests; *link; link = &(*link)->next) {
    IpcDnRequest* r = *link;
    if (r->space != space || r->name != name) continue;
    *link = r->next;
    ipc_right_release_transit(r->notify, MACH_MSG_TYPE_PORT_SEND_ONCE);
    ipc_dnrequest_free(r);
    return;
  }
}

}  // namespace

IpcEntry* ipc_right_lookup(IpcSpace* space, mach_port_t name) {
  IpcEntry* e = ipc_entry_lookup(space, name);
  if (!e) return nullptr;
  const uint32_t bits = e->bits;
  if ((bits & (MACH_PORT_TYPE_SEND | MACH_PORT_TYPE_SEND_ONCE)) && !(bits & MACH_PORT_TYPE_RECEIVE) &&
      !e->object->active) {
    // Mach's ipc_right_check: the port died; the name is now dead, keeping
    // the user references (a send-once right counts one).  The request, if
    // any, has fired already.
    // A dead-name request on the name fired when the port died: the
    // notification carries one more user reference of the dead name.
    IpcPort* port = entry_port(e);
    uint32_t urefs = (bits & MACH_PORT_TYPE_SEND_ONCE) ? 1 : IE_BITS_UREFS(bits);
    if (bits & IE_BITS_DNREQUEST) ++urefs;
    if (bits & MACH_PORT_TYPE_SEND_ONCE) ipc_port_release_sonce(port);
    e->bits = (bits & IE_BITS_GEN_MASK) | MACH_PORT_TYPE_DEAD_NAME | urefs;
    e->object = nullptr;
    ip_release(port);
  }
  return e;
}

mach_msg_type_name_t ipc_right_transit_type(mach_msg_type_name_t disposition) {
  switch (disposition) {
    case MACH_MSG_TYPE_MOVE_RECEIVE:
      return MACH_MSG_TYPE_PORT_RECEIVE;
    case MACH_MSG_TYPE_MOVE_SEND:
    case MACH_MSG_TYPE_COPY_SEND:
    case MACH_MSG_TYPE_MAKE_SEND:
      return MACH_MSG_TYPE_PORT_SEND;
    case MACH_MSG_TYPE_MOVE_SEND_ONCE:
    case MACH_MSG_TYPE_MAKE_SEND_ONCE:
      return MACH_MSG_TYPE_PORT_SEND_ONCE;
    default:
      return 0;
  }
}

bool ipc_right_copyin_check(IpcSpace* space, mach_port_t name, mach_msg_type_name_t disposition) {
  IpcEntry* e = ipc_right_lookup(space, name);
  if (!e) return false;
  const uint32_t bits = e->bits;
  switch (disposition) {
    case MACH_MSG_TYPE_MOVE_RECEIVE:
    case MACH_MSG_TYPE_MAKE_SEND:
    case MACH_MSG_TYPE_MAKE_SEND_ONCE:
      return bits & MACH_PORT_TYPE_RECEIVE;
    case MACH_MSG_TYPE_COPY_SEND:
    case MACH_MSG_TYPE_MOVE_SEND:
      return bits & (MACH_PORT_TYPE_SEND | MACH_PORT_TYPE_DEAD_NAME);
    case MACH_MSG_TYPE_MOVE_SEND_ONCE:
      return bits & (MACH_PORT_TYPE_SEND_ONCE | MACH_PORT_TYPE_DEAD_NAME);
    default:
      return false;
  }
}

kern_return_t ipc_right_copyin(IpcSpace* space, mach_port_t name, mach_msg_type_name_t disposition,
                               IpcPort** result) {
  IpcEntry* e = ipc_right_lookup(space, name);
  if (!e) return KERN_INVALID_NAME;
  const uint32_t bits = e->bits;
  IpcPort* port = entry_port(e);
  switch (disposition) {
    case MACH_MSG_TYPE_MAKE_SEND:
      if (!(bits & MACH_PORT_TYPE_RECEIVE)) return KERN_INVALID_RIGHT;
      ipc_port_make_send(port);
      ip_reference(port);
      break;
    case MACH_MSG_TYPE_MAKE_SEND_ONCE:
      if (!(bits & MACH_PORT_TYPE_RECEIVE)) return KERN_INVALID_RIGHT;
      ipc_port_make_sonce(port);
      ip_reference(port);
      break;
    case MACH_MSG_TYPE_MOVE_RECEIVE:
      if (!(bits & MACH_PORT_TYPE_RECEIVE)) return KERN_INVALID_RIGHT;
      // The receive right leaves the space: the port is in transit.
      if (port->pset) ipc_pset_move(port, nullptr);
      port->receiver = nullptr;
      port->receiver_name = MACH_PORT_NULL;
      if (bits & MACH_PORT_TYPE_SEND) {
        e->bits &= ~MACH_PORT_TYPE_RECEIVE;
        ip_reference(port);  // the entry keeps its own
      } else {
        cancel_dnrequest(space, name, e);
        ipc_entry_dealloc(space, name);  // its reference goes with the right
      }
      break;
    case MACH_MSG_TYPE_COPY_SEND:
      if (bits & MACH_PORT_TYPE_DEAD_NAME) {
        port = IP_DEAD;
        break;
      }
      if (!(bits & MACH_PORT_TYPE_SEND)) return KERN_INVALID_RIGHT;
      ipc_port_copy_send(port);
      ip_reference(port);
      break;
    case MACH_MSG_TYPE_MOVE_SEND:
      if (bits & MACH_PORT_TYPE_DEAD_NAME) {
        port = IP_DEAD;
        consume_dead_name(space, name, e);
        break;
      }
      if (!(bits & MACH_PORT_TYPE_SEND)) return KERN_INVALID_RIGHT;
      if (IE_BITS_UREFS(bits) > 1) {
        --e->bits;
        ipc_port_copy_send(port);  // one right stays in the space, one travels
        ip_reference(port);
      } else if (bits & MACH_PORT_TYPE_RECEIVE) {
        e->bits = (bits & ~(MACH_PORT_TYPE_SEND | IE_BITS_UREFS_MASK));
        ip_reference(port);
      } else {
        cancel_dnrequest(space, name, e);
        ipc_entry_dealloc(space, name);
      }
      break;
    case MACH_MSG_TYPE_MOVE_SEND_ONCE:
      if (bits & MACH_PORT_TYPE_DEAD_NAME) {
        port = IP_DEAD;
        consume_dead_name(space, name, e);
        break;
      }
      if (!(bits & MACH_PORT_TYPE_SEND_ONCE)) return KERN_INVALID_RIGHT;
      cancel_dnrequest(space, name, e);
      ipc_entry_dealloc(space, name);
      break;
    default:
      return KERN_INVALID_VALUE;
  }
  *result = port;
  return KERN_SUCCESS;
}

kern_return_t ipc_right_copyout(IpcSpace* space, IpcPort* port, mach_msg_type_name_t type, mach_port_t* name) {
  if (!port) {
    *name = MACH_PORT_NULL;
    return KERN_SUCCESS;
  }
  if (port == IP_DEAD || (!port->object.active && type != MACH_MSG_TYPE_PORT_RECEIVE)) {
    if (port != IP_DEAD) ipc_right_release_transit(port, type);
    *name = MACH_PORT_DEAD;
    return KERN_SUCCESS;
  }
  IpcEntry* e = nullptr;
  if (type == MACH_MSG_TYPE_PORT_SEND || type == MACH_MSG_TYPE_PORT_RECEIVE) {
    e = ipc_entry_find_port(space, port, name);
    if (e) {
      if (type == MACH_MSG_TYPE_PORT_SEND) {
        if (e->bits & MACH_PORT_TYPE_SEND) {
          if (IE_BITS_UREFS(e->bits) >= MACH_PORT_UREFS_MAX) return KERN_UREFS_OVERFLOW;
          --port->srights;  // the two send rights merge into one
        } else {
          e->bits |= MACH_PORT_TYPE_SEND;
        }
        ++e->bits;
      } else {
        e->bits |= MACH_PORT_TYPE_RECEIVE;
        port->receiver = space;
        port->receiver_name = *name;
      }
      ip_release(port);  // the entry has its reference already
      return KERN_SUCCESS;
    }
  }
  const kern_return_t kr = ipc_entry_alloc(space, name, &e);
  if (kr != KERN_SUCCESS) return kr;
  e->object = &port->object;  // the right's reference becomes the entry's
  if (type == MACH_MSG_TYPE_PORT_SEND) {
    e->bits |= MACH_PORT_TYPE_SEND | 1;
  } else if (type == MACH_MSG_TYPE_PORT_SEND_ONCE) {
    e->bits |= MACH_PORT_TYPE_SEND_ONCE | 1;
  } else {
    e->bits |= MACH_PORT_TYPE_RECEIVE;
    port->receiver = space;
    port->receiver_name = *name;
  }
  return KERN_SUCCESS;
}

void ipc_right_release_transit(IpcPort* port, mach_msg_type_name_t type) {
  if (!IP_VALID(port)) return;
  switch (type) {
    case MACH_MSG_TYPE_PORT_SEND:
      ipc_port_release_send(port);
      break;
    case MACH_MSG_TYPE_PORT_SEND_ONCE:
      ipc_port_destroy_sonce(port);
      break;
    case MACH_MSG_TYPE_PORT_RECEIVE:
      ip_reference(port);  // ipc_port_destroy consumes the receive right's
      ipc_port_destroy(port);
      break;
    default:
      break;
  }
  ip_release(port);
}

kern_return_t ipc_right_dealloc(IpcSpace* space, mach_port_t name) {
  IpcEntry* e = ipc_right_lookup(space, name);
  if (!e) return KERN_INVALID_NAME;
  const uint32_t bits = e->bits;
  if (bits & MACH_PORT_TYPE_DEAD_NAME) {
    consume_dead_name(space, name, e);
    return KERN_SUCCESS;
  }
  IpcPort* port = entry_port(e);
  if (bits & MACH_PORT_TYPE_SEND_ONCE) {
    cancel_dnrequest(space, name, e);
    ipc_port_destroy_sonce(port);
    entry_lost_rights(space, name, e, MACH_PORT_TYPE_SEND_ONCE | IE_BITS_UREFS_MASK);
    return KERN_SUCCESS;
  }
  if (bits & MACH_PORT_TYPE_SEND) {
    if (IE_BITS_UREFS(bits) > 1) {
      --e->bits;
      return KERN_SUCCESS;
    }
    if (!(bits & MACH_PORT_TYPE_RECEIVE)) cancel_dnrequest(space, name, e);
    entry_lost_rights(space, name, e, MACH_PORT_TYPE_SEND | IE_BITS_UREFS_MASK);
    ipc_port_release_send(port);
    return KERN_SUCCESS;
  }
  return KERN_INVALID_RIGHT;
}

void ipc_right_destroy_entry(IpcSpace* space, mach_port_t name) {
  IpcEntry* e = ipc_right_lookup(space, name);
  if (!e) return;
  const uint32_t bits = e->bits;
  IpcObject* object = e->object;
  if (bits & MACH_PORT_TYPE_PORT_SET) {
    ipc_entry_dealloc(space, name);
    ipc_pset_destroy(ips_from(object));
    return;
  }
  if (bits & MACH_PORT_TYPE_DEAD_NAME) {
    ipc_entry_dealloc(space, name);
    return;
  }
  IpcPort* port = ip_from(object);
  cancel_dnrequest(space, name, e);
  ipc_entry_dealloc(space, name);
  if (bits & MACH_PORT_TYPE_SEND) ipc_port_release_send(port);
  if (bits & MACH_PORT_TYPE_SEND_ONCE) ipc_port_destroy_sonce(port);
  if (bits & MACH_PORT_TYPE_RECEIVE) {
    ipc_port_destroy(port);  // consumes the entry's reference
    return;
  }
  ip_release(port);
}

kern_return_t ipc_right_destroy(IpcSpace* space, mach_port_t name) {
  if (!ipc_right_lookup(space, name)) return KERN_INVALID_NAME;
  ipc_right_destroy_entry(space, name);
  return KERN_SUCCESS;
}

kern_return_t ipc_right_delta(IpcSpace* space, mach_port_t name, mach_port_right_t right, mach_port_delta_t delta) {
  if (right >= MACH_PORT_RIGHT_NUMBER) return KERN_INVALID_VALUE;
  IpcEntry* e = ipc_right_lookup(space, name);
  if (!e) return KERN_INVALID_NAME;
  const uint32_t bits = e->bits;
  const uint32_t type = MACH_PORT_TYPE(right);
  if (!(bits & type)) return KERN_INVALID_RIGHT;
  switch (right) {
    case MACH_PORT_RIGHT_RECEIVE: {
      if (delta == 0) return KERN_SUCCESS;
      if (delta != -1) return KERN_INVALID_VALUE;
      IpcPort* port = entry_port(e);
      if (bits & MACH_PORT_TYPE_SEND) {
        // The name stays, as a dead name with the send right's references.
        e->bits = (bits & IE_BITS_GEN_MASK) | MACH_PORT_TYPE_DEAD_NAME | IE_BITS_UREFS(bits);
        e->object = nullptr;
        ipc_port_release_send(port);
      } else {
        cancel_dnrequest(space, name, e);
        ipc_entry_dealloc(space, name);
      }
      ipc_port_destroy(port);  // consumes the entry's reference
      return KERN_SUCCESS;
    }
    case MACH_PORT_RIGHT_PORT_SET:
    case MACH_PORT_RIGHT_SEND_ONCE:
      if (delta == 0) return KERN_SUCCESS;
      if (delta != -1) return KERN_INVALID_VALUE;
      ipc_right_destroy_entry(space, name);
      return KERN_SUCCESS;
    case MACH_PORT_RIGHT_SEND:
    case MACH_PORT_RIGHT_DEAD_NAME: {
      const uint32_t urefs = IE_BITS_UREFS(bits);
      if (MACH_PORT_UREFS_UNDERFLOW(urefs, delta)) return KERN_INVALID_VALUE;
      if (MACH_PORT_UREFS_OVERFLOW(urefs, delta)) return KERN_UREFS_OVERFLOW;
      const uint32_t now = urefs + static_cast<uint32_t>(delta);
      if (now > 0) {
        e->bits = (bits & ~IE_BITS_UREFS_MASK) | now;
        return KERN_SUCCESS;
      }
      if (right == MACH_PORT_RIGHT_DEAD_NAME) {
        ipc_entry_dealloc(space, name);
        return KERN_SUCCESS;
      }
      IpcPort* port = entry_port(e);
      if (!(bits & MACH_PORT_TYPE_RECEIVE)) cancel_dnrequest(space, name, e);
      entry_lost_rights(space, name, e, MACH_PORT_TYPE_SEND | IE_BITS_UREFS_MASK);
      ipc_port_release_send(port);
      return KERN_SUCCESS;
    }
    default:
      return KERN_INVALID_VALUE;
  }
}

kern_return_t ipc_right_insert(IpcSpace* space, mach_port_t name, IpcPort* port, mach_msg_type_name_t type) {
  // As Mach's ipc_object_copyout_name: a port keeps one name per space.
  mach_port_t existing;
  if (type != MACH_MSG_TYPE_PORT_SEND_ONCE && ipc_entry_find_port(space, port, &existing) && existing != name)
    return KERN_RIGHT_EXISTS;
  IpcEntry* e = ipc_right_lookup(space, name);
  if (e) {
    // Only the same port may gain a right under a name in use.
    if (e->object != &port->object) return KERN_NAME_EXISTS;
    if (type == MACH_MSG_TYPE_PORT_SEND_ONCE) return KERN_RIGHT_EXISTS;
    if (type == MACH_MSG_TYPE_PORT_RECEIVE && (e->bits & MACH_PORT_TYPE_RECEIVE)) return KERN_RIGHT_EXISTS;
    if (type == MACH_MSG_TYPE_PORT_SEND && (e->bits & MACH_PORT_TYPE_SEND)) {
      if (IE_BITS_UREFS(e->bits) >= MACH_PORT_UREFS_MAX) return KERN_UREFS_OVERFLOW;
      --port->srights;
      ++e->bits;
    } else if (type == MACH_MSG_TYPE_PORT_SEND) {
      e->bits |= MACH_PORT_TYPE_SEND | 1;
    } else {
      e->bits |= MACH_PORT_TYPE_RECEIVE;
      port->receiver = space;
      port->receiver_name = name;
    }
    ip_release(port);
    return KERN_SUCCESS;
  }
  const kern_return_t kr = ipc_entry_alloc_name(space, name, &e);
  if (kr != KERN_SUCCESS) return kr;
  e->object = &port->object;
  if (type == MACH_MSG_TYPE_PORT_SEND) {
    e->bits |= MACH_PORT_TYPE_SEND | 1;
  } else if (type == MACH_MSG_TYPE_PORT_SEND_ONCE) {
    e->bits |= MACH_PORT_TYPE_SEND_ONCE | 1;
  } else {
    e->bits |= MACH_PORT_TYPE_RECEIVE;
    port->receiver = space;
    port->receiver_name = name;
  }
  return KERN_SUCCESS;
}
