// What ports and port sets have in common (Mach's ipc_object): a type, an
// active bit and a reference count.  Entries of IPC spaces and kmsgs in
// transit hold references; the object's memory goes when the last
// reference does, which may be long after it died (a dead port stays
// allocated while some space still names it).
#pragma once
#include <stdint.h>

enum class IpcObjectType : uint8_t { Port, PortSet };

struct IpcObject {
  uint32_t references;
  IpcObjectType type;
  bool active;
};

struct IpcPort;
struct IpcPset;
struct IpcSpace;
struct IpcKmsg;
struct Thread;
struct Task;

// Inline, as Mach's io_reference/io_release macros are; the memory goes
// at zero (io_free: ipc_port.cpp / ipc_pset.cpp).
void io_free(IpcObject* o);
inline void io_reference(IpcObject* o) { ++o->references; }
inline void io_release(IpcObject* o) {
  if (--o->references == 0) io_free(o);
}
