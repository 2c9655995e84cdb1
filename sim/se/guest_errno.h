// Host errno -> Linux/hppa errno, shared by the syscall services.
#pragma once
#include <cerrno>
#include <cstdint>

namespace sim::se {

// Linux/hppa errno values that differ from x86 are translated here.
inline int32_t guest_errno(int host) {
  switch (host) {
    case ENOSYS: return 251;
    case ENOTSUP: return 252;  // EOPNOTSUPP on hppa? keep distinct
    case ENAMETOOLONG: return 248;
    case ELOOP: return 249;
    case ENOTEMPTY: return 247;
    case EAGAIN: return 11;
    default: return host <= 34 ? host : 22;  // errnos 1..34 agree; others map to EINVAL
  }
}
inline int32_t guest_fail(int host) { return -guest_errno(host); }

}  // namespace sim::se
