// The attributes of the one emulated process that programs query and set:
// nice value and scheduling policy, process group and session, umask,
// supplementary groups, personality, the CPU it runs on, and its (absent)
// children.  None reaches the host but umask, which decides the modes of
// the files the guest creates in its sandbox.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

#include "sim/se/guest_errno.h"
#include "sim/se/guest_timespec.h"
#include "sim/se/linux_process.h"
#include "sim/se/syscall_names.h"

namespace sim::se {

namespace {
constexpr int32_t kEPERM = 1, kESRCH = 3, kEINVAL = 22, kECHILD = 10, kEACCES = 13;
constexpr uint32_t kPrioProcess = 0, kPrioPgrp = 1, kPrioUser = 2;
constexpr uint32_t kSchedOther = 0, kSchedFifo = 1, kSchedRr = 2, kSchedBatch = 3, kSchedIdle = 5,
                   kSchedResetOnFork = 0x40000000;

bool names_us(uint32_t id) { return id == 0 || id == kGuestPid; }
}  // namespace

int32_t LinuxProcess::sys_getpriority(uint32_t which, uint32_t who) {
  if (which > kPrioUser) return -kEINVAL;
  if (which != kPrioUser && !names_us(who) && !thread_by_tid(who)) return -kESRCH;
  return 20 - nice_;  // the kernel's form: 40..1 for nice -20..19; glibc converts
}

int32_t LinuxProcess::sys_setpriority(uint32_t which, uint32_t who, int32_t nice) {
  if (which > kPrioUser) return -kEINVAL;
  if (which != kPrioUser && !names_us(who) && !thread_by_tid(who)) return -kESRCH;
  nice = std::clamp(nice, -20, 19);
  // Lowering the nice value needs CAP_SYS_NICE (RLIMIT_NICE is 0): an
  // unprivileged process, as the guest is, may only raise it.
  if (nice < nice_) return -kEACCES;
  nice_ = nice;
  return 0;
}

int32_t LinuxProcess::sys_sched_policy(uint32_t nr, uint32_t a0, uint32_t a1, uint32_t a2) {
  switch (nr) {
    case NR_sched_getscheduler:
      if (!names_us(a0) && !thread_by_tid(a0)) return -kESRCH;
      return static_cast<int32_t>(kSchedOther);
    case NR_sched_setscheduler: {
      if (!names_us(a0) && !thread_by_tid(a0)) return -kESRCH;
      const uint32_t policy = a1 & ~kSchedResetOnFork;
      const int32_t prio = static_cast<int32_t>(mem_.host_load<uint32_t>(0, a2));
      if (policy == kSchedFifo || policy == kSchedRr) return -kEPERM;  // real time needs CAP_SYS_NICE
      if (policy != kSchedOther && policy != kSchedBatch && policy != kSchedIdle) return -kEINVAL;
      return prio == 0 ? 0 : -kEINVAL;
    }
    case NR_sched_getparam:
      if (!names_us(a0) && !thread_by_tid(a0)) return -kESRCH;
      mem_.host_store<uint32_t>(0, a1, 0);  // sched_priority of SCHED_OTHER
      return 0;
    case NR_sched_setparam:
      if (!names_us(a0) && !thread_by_tid(a0)) return -kESRCH;
      return mem_.host_load<uint32_t>(0, a1) == 0 ? 0 : -kEINVAL;
    case NR_sched_get_priority_max:
    case NR_sched_get_priority_min:
      if (a0 == kSchedFifo || a0 == kSchedRr) return nr == NR_sched_get_priority_max ? 99 : 1;
      return a0 == kSchedOther || a0 == kSchedBatch || a0 == kSchedIdle ? 0 : -kEINVAL;
    default:
      return unsupported(nr);
  }
}

int32_t LinuxProcess::sys_sched_rr_get_interval(uint32_t pid, uint32_t ts, bool time64) {
  if (!names_us(pid) && !thread_by_tid(pid)) return -kESRCH;
  // SCHED_OTHER's answer is the time slice the scheduler gives; here that is
  // se.time_slice_cycles, not Linux's CFS estimate.
  write_timespec(mem_, ts, time64, cycles_to_ns(opts_.time_slice_cycles));
  return 0;
}

int32_t LinuxProcess::sys_process_group(uint32_t nr, uint32_t a0, uint32_t a1) {
  // The guest leads its own process group and session (as a shell's job
  // that is not also a group leader would not, but no other process shares
  // them here): pgid = sid = pid.
  switch (nr) {
    case NR_getpgrp: return static_cast<int32_t>(kGuestPid);
    case NR_getpgid:
    case NR_getsid:
      return names_us(a0) ? static_cast<int32_t>(kGuestPid) : -kESRCH;
    case NR_setpgid:
      if (!names_us(a0)) return -kESRCH;
      return a1 == 0 || a1 == kGuestPid ? 0 : -kEPERM;
    case NR_setsid: return -kEPERM;  // already a process-group leader
    default: return unsupported(nr);
  }
}

int32_t LinuxProcess::sys_umask(uint32_t mask) {
  const uint32_t old = umask_;
  umask_ = mask & 0777;
  ::umask(static_cast<mode_t>(umask_));  // the sandbox's new files get the guest's umask
  return static_cast<int32_t>(old);
}

int32_t LinuxProcess::sys_getgroups(uint32_t size, uint32_t list) {
  // The identity the guest has (uid and gid 1000) with no supplementary group.
  (void)list;
  return static_cast<int32_t>(size) < 0 ? -kEINVAL : 0;
}

int32_t LinuxProcess::sys_personality(uint32_t persona) {
  const uint32_t old = personality_;
  if (persona != 0xffffffffu) personality_ = persona;
  return static_cast<int32_t>(old);
}

int32_t LinuxProcess::sys_getcpu(uint32_t cpu, uint32_t node) {
  if (cpu) mem_.host_store<uint32_t>(0, cpu, 0);
  if (node) mem_.host_store<uint32_t>(0, node, 0);
  return 0;
}

int32_t LinuxProcess::sys_wait_child() {
  return -kECHILD;  // no child process can exist (clone makes only threads)
}

}  // namespace sim::se
