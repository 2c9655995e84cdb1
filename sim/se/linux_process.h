// A Linux/hppa user process run in syscall-emulation mode: its address
// space, its initial stack, and the kernel services it asks for through the
// gateway page.
#pragma once
#include <cstdint>
#include <sys/stat.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "pa_risc/core.h"
#include "sim/elf_image.h"
#include "sim/se/address_space.h"
#include "sim/se/machine_files.h"
#include "sim/se/overlay_fs.h"
#include "sim/se/sig_pending.h"

namespace sim::se {

constexpr uint32_t kGuestPid = 1000;  // getpid(), and gettid() of the first thread
constexpr uint32_t kGuestMaxFds = 1024;  // RLIMIT_NOFILE, the soft limit Linux starts a process with

struct ProcessOptions {
  std::vector<std::string> argv;      // argv[0] is the program path as given
  std::vector<std::string> envp;
  uint32_t stack_bytes = 8u << 20;
  bool allow_host_writes = false;     // let the guest write files (into the sandbox)
  std::string sandbox_root;           // se.root: the sandbox directory ("": a temporary one)
  bool keep_sandbox = false;          // se.keep_root: keep a temporary sandbox at exit
  uint64_t random_seed = 730;         // getrandom and AT_RANDOM
  double clock_hz = 67e6;             // simulated time = cycles / clock
  uint64_t time_slice_cycles = 200000;  // a thread's turn on the CPU (se.time_slice_cycles)
  SeTlbModel tlb;                     // the TLB stand-in (timed runs)
};

// What the syscall layer tells the run loop after serving a trap.
enum class TrapOutcome { Resume, Exited };

class LinuxProcess {
 public:
  LinuxProcess(pa::Core& core, uint8_t* ram, uint64_t ram_bytes, const ElfImage& elf,
               ProcessOptions opts);

  // Serve an interruption raised by the core.  Returns Exited when the guest
  // has ended (exit status in exit_status()).
  TrapOutcome handle_trap(const pa::RunResult& r);

  // A quantum ended: the next thread's turn if the time slice is over, a
  // timer's signal if one has come due.
  TrapOutcome on_quantum();
  // Cycles until a time slice ends or the interval timer fires (the CPU
  // never runs past it in one go).
  uint64_t cycles_until_event() const;

  // The threads, for the debugger: ids in creation order, the one on the
  // CPU, a waiting thread's saved registers (nullptr for the running one or
  // an unknown id), and what each is doing.
  std::vector<uint32_t> thread_ids() const;
  uint32_t running_thread() const { return me().tid; }
  pa::CpuState* saved_registers(uint32_t tid);
  std::string describe_thread(uint32_t tid) const;
  bool thread_waiting(uint32_t tid) const;

  int exit_status() const { return exit_status_; }
  const std::string& termination_report() const { return report_; }
  uint64_t syscall_count() const { return syscalls_; }
  AddressSpace& address_space() { return space_; }
  const AddressSpace& address_space() const { return space_; }
  // The process's counters as add(name, value, description), in a fixed
  // order: its TLBs' (AddressSpace::for_each_stat), then se.syscalls and
  // se.frames_in_use.  With no process (the guest never started) the se.*
  // counters are reported as 0.
  template <class F>
  static void for_each_stat(const LinuxProcess* p, F&& add) {
    if (p) p->space_.for_each_stat(add);
    add("se.syscalls", p ? p->syscalls_ : uint64_t{0}, "Linux system calls served");
    add("se.frames_in_use", p ? p->space_.frames_in_use() : uint64_t{0}, "4 KB RAM frames backing the process at exit");
    add("se.threads_created", p ? p->next_tid_ - kGuestPid - 1 : uint64_t{0}, "threads made by clone");
    add("se.context_switches", p ? p->context_switches_ : uint64_t{0}, "switches of the CPU from one thread to another");
    add("se.unaligned_replayed", p ? p->unaligned_emulated_ : uint64_t{0}, "unaligned loads and stores replayed as Linux's handler does");
    add("se.idle_cycles", p ? p->idle_cycles_ : uint64_t{0}, "cycles simulated time jumped while every thread slept");
  }

 private:
  void load(const ElfImage& elf);
  void build_stack(const ElfImage& elf);
  // Back to the instruction after the gateway call (r31), in user mode.
  static void return_from_gateway(pa::CpuState& s);
  TrapOutcome terminate_by_signal(int signo, const std::string& why);
  bool emulate_non_access_miss();  // true: the instruction was completed

  // gateway entry points (Linux's page 0)
  void light_weight_syscall();  // 0xb0
  TrapOutcome syscall();        // 0x100

  // individual services (linux_syscalls.cpp)
  int32_t sys_brk(uint32_t addr);
  int32_t sys_mmap(uint32_t addr, uint32_t len, uint32_t prot, uint32_t flags, int32_t fd, uint64_t off);
  int32_t sys_munmap(uint32_t addr, uint32_t len);
  int32_t sys_mremap(uint32_t old_addr, uint32_t old_len, uint32_t new_len, uint32_t flags);
  int32_t sys_mprotect(uint32_t addr, uint32_t len, uint32_t prot);
  int32_t sys_read(int32_t fd, uint32_t buf, uint32_t len);
  int32_t sys_write(int32_t fd, uint32_t buf, uint32_t len);
  int32_t sys_writev(int32_t fd, uint32_t iov, uint32_t cnt);
  int32_t sys_openat(int32_t dirfd, uint32_t path, uint32_t flags, uint32_t mode);
  // A read-only descriptor on `text` (the machine's /proc and /sys files).
  int32_t open_text(const std::string& text, uint32_t flags, const std::string& path);
  int32_t sys_close(int32_t fd);
  int32_t sys_lseek(int32_t fd, int64_t off, int whence, uint32_t result_ptr);
  int32_t sys_fstat64(int32_t fd, uint32_t buf);
  int32_t sys_fstatat64(int32_t dirfd, uint32_t path, uint32_t buf, uint32_t flags);
  int32_t sys_statx(int32_t dirfd, uint32_t path, uint32_t flags, uint32_t mask, uint32_t buf);
  int32_t sys_uname(uint32_t buf);
  int32_t sys_getrandom(uint32_t buf, uint32_t len);
  int32_t sys_clock_gettime(uint32_t clock, uint32_t ts, bool time64);
  int32_t sys_gettimeofday(uint32_t tv);
  int32_t sys_readlink(int32_t dirfd, uint32_t path, uint32_t buf, uint32_t len);
  int32_t sys_getrlimit(uint32_t resource, uint32_t buf);
  int32_t sys_prlimit64(uint32_t pid, uint32_t resource, uint32_t new_limit, uint32_t old);
  uint64_t rlimit_cur(uint32_t resource) const;  // the soft limit the guest is told
  int32_t sys_ioctl(int32_t fd, uint32_t req, uint32_t arg);
  int32_t sys_fcntl(int32_t fd, uint32_t cmd, uint32_t arg);

  // file descriptors (linux_files.cpp) and the file system (linux_paths.cpp, through fs_)
  int32_t sys_dup(int32_t fd);
  int32_t sys_dup3(int32_t fd, int32_t newfd, uint32_t flags, bool is_dup2);
  int32_t sys_pipe2(uint32_t fds_ptr, uint32_t flags);
  int32_t sys_getcwd(uint32_t buf, uint32_t size);
  int32_t sys_chdir(uint32_t path);
  int32_t sys_fchdir(int32_t fd);
  int32_t sys_times(uint32_t buf);
  int32_t sys_sysinfo(uint32_t buf);
  int32_t sys_unlinkat(int32_t dirfd, uint32_t path, uint32_t flags);
  int32_t sys_renameat2(int32_t olddirfd, uint32_t oldpath, int32_t newdirfd, uint32_t newpath, uint32_t flags);
  int32_t sys_mkdirat(int32_t dirfd, uint32_t path, uint32_t mode);
  int32_t sys_ftruncate(int32_t fd, int64_t len);
  int32_t sys_truncate(uint32_t path, int64_t len);
  int32_t sys_access(int32_t dirfd, uint32_t path);
  // The canonical guest path of (dirfd, path) (AT_FDCWD: the guest's cwd); 0 or a negative errno.
  // proc_self: apply proc_self_path (readlink does so itself).
  int32_t resolve_at(int32_t dirfd, const std::string& path, bool follow_last, std::string& out,
                     bool proc_self = true);
  int32_t change_cwd(const std::string& guest_path);
  // /proc/self/exe and /proc/self/fd/N mean the guest's, not pa730's; 0 or a negative errno.
  int32_t proc_self_path(std::string& resolved) const;
  // The guest path a descriptor was opened with ("" if unknown); dup* pass it on.
  std::string fd_guest_path(int32_t fd) const;
  void inherit_path(int32_t from, int32_t to);
  // directory listings of the merged view (linux_dirs.cpp)
  struct DirStream {
    std::vector<DirEntry> entries;
    size_t next = 0;  // index of the next entry; d_off is the index after it
  };
  int32_t sys_getdents64(int32_t fd, uint32_t buf, uint32_t count);
  bool seek_dir_stream(int32_t fd, int64_t off, int whence);  // false: EINVAL
  // Refusal of a host write without se.allow_writes: -EACCES, reported once per path.
  int32_t refuse_write(const std::string& path);
  // A call not served: -ENOSYS, named once on stderr.
  int32_t unsupported(uint32_t nr);
  int32_t new_guest_fd(int host, bool cloexec, int32_t lowest = 0);

  // threads (linux_threads.cpp): each a register context on the one CPU,
  // switched round-robin when a time slice ends and when one must wait.
  enum class Wait : uint8_t { None, Futex, Sleep, Signal, Pipe, Poll, SigWait };
  // A read of an empty guest pipe or a write to a full one, left for the
  // scheduler to finish when the pipe is ready (Wait::Pipe).
  // poll/ppoll/select/pselect6 waiting for a descriptor (Wait::Poll).
  struct PollCall {
    bool select = false;
    uint32_t fds = 0, nfds = 0;    // poll: the struct pollfd array
    uint32_t sets[3] = {};         // select: the read, write and except fd_sets
    uint32_t timeout = 0;          // the guest's timeout, updated as Linux does (0: none)
    bool timeout_timeval = false, time64 = false;
    bool external = false;         // a descriptor of the outside world is among them
  };
  struct PipeCall {
    int host = -1;
    int32_t guest_fd = -1;
    bool write = false;
    uint32_t buf = 0, len = 0;   // read: the guest's buffer
    std::vector<uint8_t> data;   // write: the bytes, of which `done` are written
    size_t done = 0;
    bool external = false;       // a read of the outside world (a terminal, a pipe from the shell)
  };
  struct Thread {
    uint32_t tid = 0;
    pa::CpuState regs;             // the registers while another thread runs
    // Linux keeps these per task, not per process.
    uint64_t sigmask = 0;
    SigPending pending;            // signals sent to this thread (tgkill, its faults, SIGEV_THREAD_ID)
    bool suspend_mask_set = false; // rt_sigsuspend: the first frame restores suspend_mask
    uint64_t suspend_mask = 0;
    uint32_t altstack_sp = 0, altstack_size = 0;  // sigaltstack (size 0: disabled)
    uint32_t clear_child_tid = 0;  // set_tid_address, CLONE_CHILD_CLEARTID: zeroed and woken at exit
    Wait wait = Wait::None;
    uint32_t futex_addr = 0, futex_bitset = 0;
    uint64_t wait_seq = 0;         // wake-ups are FIFO, as Linux's futex queues for one priority
    uint64_t deadline = 0;         // cycles; 0: waits without a timeout
    uint32_t sleep_rem = 0;        // nanosleep's rem (written when a signal ends the sleep)
    bool sleep_rem_time64 = false;
    // How a wait a signal ended is restarted (Linux's -ERESTARTSYS of an
    // untimed futex wait: again after a handler with SA_RESTART or none;
    // -ERESTARTNOHAND of pause/sigsuspend: again when no handler ran).
    enum class Restart : uint8_t { None, Sys, NoHandler } restart = Restart::None;
    std::string name;              // prctl(PR_SET_NAME): Linux's comm, inherited at clone
    PipeCall pipe;                 // Wait::Pipe: the call to finish
    PollCall poll;                 // Wait::Poll: the call to finish
    uint64_t cpu_cycles = 0;       // CPU time of its earlier turns (CLOCK_THREAD_CPUTIME_ID)
    uint64_t sigwait_set = 0;      // Wait::SigWait: the signals rt_sigtimedwait takes
    uint32_t sigwait_info = 0;     // and where their siginfo goes
  };
  Thread& me() { return threads_[current_]; }
  const Thread& me() const { return threads_[current_]; }
  int32_t sys_clone(uint32_t flags, uint32_t newsp, uint32_t ptid, uint32_t tls, uint32_t ctid);
  TrapOutcome sys_exit_thread(uint32_t code);
  int32_t sys_futex(uint32_t uaddr, uint32_t op, uint32_t val, uint32_t timeout, uint32_t uaddr2,
                    uint32_t val3, bool time64);
  int32_t sys_clock_nanosleep(uint32_t clock, uint32_t flags, uint32_t req, uint32_t rem, bool time64);
  int32_t sys_tgkill(uint32_t tgid, uint32_t tid, uint32_t sig);
  int32_t sys_sched_affinity(uint32_t pid, uint32_t len, uint32_t mask, bool set);
  uint32_t futex_wake(uint32_t uaddr, uint32_t count, uint32_t bitset);
  std::vector<Thread*> futex_waiters(uint32_t uaddr, uint32_t bitset);  // in the order they began to wait
  // Make the current thread wait (the service's return value is its result
  // unless a wake-up replaces it); the scheduler runs when the call ends.
  void block(Wait why, uint64_t deadline);
  // Give the CPU to the first runnable thread from index `start` on, round
  // robin (the current thread's registers saved first unless it has gone).
  // With none runnable, simulated time jumps to the earliest timeout; with
  // no timeout either, a deadlock ends the run.
  TrapOutcome schedule(size_t start, bool save_current);
  void wake_ready_threads();
  bool signal_wakes(const Thread& t) const;  // a signal it does not block nor ignore is pending
  bool signal_ignored(int sig) const;
  void load_thread(size_t index);
  TrapOutcome report_deadlock();
  uint64_t ns_to_cycles(uint64_t ns) const;
  uint64_t cycles_to_ns(uint64_t cycles) const;

  // guest pipes (linux_pipes.cpp): the host pipe is non-blocking, and a
  // call that would block makes its thread wait instead of the host.
  struct PipeEnd {
    ino_t ino;
    bool write_end;
  };
  bool guest_pipe_end(int host, PipeEnd& end) const;
  bool guest_pipe_end(int host, const struct stat& st, PipeEnd& end) const;  // st: the host fd's fstat
  // One host read into the guest's buffer (1 MB at most): bytes, or -1 and errno.
  ssize_t read_into_guest(int host, uint32_t buf, uint32_t len);
  // Run a pipe call as far as the pipe allows: true when it finished, with
  // its result; false when it must wait (a write's progress kept in t.pipe).
  bool advance_pipe_call(Thread& t, int32_t& result);
  // The first attempt of a call on a guest pipe, on the running thread: its
  // result, or the thread waits (blocking descriptor) or gets EAGAIN.
  int32_t start_pipe_call(const PipeEnd& end, PipeCall call);
  bool& pipe_nonblock(const PipeEnd& end) { return pipe_nonblock_[{end.ino, end.write_end}]; }
  int32_t pipe_read(int32_t fd, int host, const PipeEnd& end, uint32_t buf, uint32_t len);
  // A read of a descriptor of the outside world (not a regular file nor a
  // directory: the caller checks) that has nothing to give yet waits like
  // a pipe read (true: it waits), so that the other threads run meanwhile.
  bool wait_for_external_read(int32_t fd, int host, uint32_t buf, uint32_t len);
  int32_t pipe_write(int32_t fd, int host, const PipeEnd& end, std::vector<uint8_t> data);
  // Try a waiting thread's pipe call again: true when it finished (its
  // result in its r28).
  bool retry_pipe_call(Thread& t);
  void send_sigpipe(Thread& t);  // a write found no reader: Linux's send_sig(SIGPIPE)
  int32_t write_bytes(int32_t fd, int host, std::vector<uint8_t> data);

  // poll and select (linux_poll.cpp)
  int32_t sys_poll(uint32_t fds, uint32_t nfds, uint32_t tsp, bool tsp_is_ms, bool time64, uint32_t sigmask,
                   uint32_t sigsetsize);
  int32_t sys_select(uint32_t nfds, uint32_t r, uint32_t w, uint32_t e, uint32_t tsp, bool timeval, bool time64,
                     uint32_t sigmask_arg);
  // Scan a poll/select call's descriptors now; with `write_back` store the
  // results (revents, the fd_sets) and answer how many are ready, else only
  // count.  Negative: an errno (EBADF of select, EFAULT).
  int32_t scan_poll_call(const PollCall& c, bool write_back);
  int32_t poll_now_or_wait(const PollCall& c, uint64_t timeout_ns, bool has_timeout);
  int32_t start_poll_wait(const PollCall& c, uint64_t timeout_ns, bool has_timeout);
  int32_t sys_getrusage(int32_t who, uint32_t buf);
  bool retry_poll_call(Thread& t, uint64_t now);
  void poll_external_fds(int timeout_ms);  // every thread waits: wait for the outside world
  bool set_wait_sigmask(uint32_t set, uint32_t size);  // ppoll/pselect6/sigsuspend: mask for the wait

  // POSIX timers (linux_posix_timers.cpp)
  struct PosixTimer {
    bool used = false;
    bool cpu_clock = false;     // CLOCK_*_CPUTIME_ID: runs on CPU time, else simulated time
    int notify = 0;             // SIGEV_SIGNAL 0, SIGEV_NONE 1, SIGEV_THREAD_ID 4
    int signo = 0;
    uint32_t value = 0, tid = 0;
    uint64_t deadline = 0, interval = 0;  // cycles on its clock; deadline 0: disarmed
    uint32_t overrun = 0, last_overrun = 0;
  };
  int32_t sys_timer_create(uint32_t clock, uint32_t sevp, uint32_t idp);
  int32_t sys_timer_settime(uint32_t id, uint32_t flags, uint32_t value, uint32_t old, bool time64);
  int32_t sys_timer_gettime(uint32_t id, uint32_t cur, bool time64);
  int32_t sys_timer_getoverrun(uint32_t id);
  int32_t sys_timer_delete(uint32_t id);
  uint64_t posix_timer_clock(const PosixTimer& t) const;
  bool posix_timer_exists(uint32_t id) const { return id < posix_timers_.size() && posix_timers_[id].used; }
  void check_posix_timers();
  uint64_t next_posix_timer(bool running) const;  // cycles until the first expiry (~0: none)

  // process attributes (linux_process_attrs.cpp)
  int32_t sys_getpriority(uint32_t which, uint32_t who);
  int32_t sys_setpriority(uint32_t which, uint32_t who, int32_t nice);
  int32_t sys_sched_policy(uint32_t nr, uint32_t a0, uint32_t a1, uint32_t a2);
  int32_t sys_sched_rr_get_interval(uint32_t pid, uint32_t ts, bool time64);
  int32_t sys_process_group(uint32_t nr, uint32_t a0, uint32_t a1);
  int32_t sys_umask(uint32_t mask);
  int32_t sys_getgroups(uint32_t size, uint32_t list);
  int32_t sys_personality(uint32_t persona);
  int32_t sys_getcpu(uint32_t cpu, uint32_t node);
  int32_t sys_wait_child();
  Thread* thread_by_tid(uint32_t tid) {
    for (Thread& t : threads_)
      if (t.tid == tid) return &t;
    return nullptr;
  }
  const Thread* thread_by_tid(uint32_t tid) const { return const_cast<LinuxProcess*>(this)->thread_by_tid(tid); }
  // A call that changes the file system at `path` (under se.allow_writes,
  // else refused and named): resolve it, then `change` the canonical path
  // (0 or a host errno).
  int32_t change_path(int32_t dirfd, const std::string& path, bool follow_last,
                      const std::function<int(const std::string&)>& change);
  // attributes and links of files (linux_paths.cpp)
  int32_t sys_fchmodat(int32_t dirfd, uint32_t path_ptr, uint32_t mode);
  int32_t sys_fchmod(int32_t fd, uint32_t mode);
  int32_t sys_utimensat(int32_t dirfd, uint32_t path_ptr, uint32_t times_ptr, uint32_t flags, bool time64);
  int32_t sys_symlinkat(uint32_t target_ptr, int32_t dirfd, uint32_t path_ptr);
  int32_t sys_linkat(int32_t olddirfd, uint32_t old_ptr, int32_t newdirfd, uint32_t new_ptr, uint32_t flags);
  int32_t sys_statfs64(int32_t fd, uint32_t path_ptr, uint32_t size, uint32_t buf);  // path_ptr 0: fstatfs64 of fd
  // file calls beside read and write (linux_files.cpp)
  int32_t sys_pread(int32_t fd, uint32_t buf, uint32_t len, int64_t pos, bool write);
  int32_t sys_readv(int32_t fd, uint32_t iov, uint32_t cnt);
  int32_t sys_fsync(int32_t fd);
  int32_t sys_flock(int32_t fd, uint32_t op);
  int32_t sys_fadvise(int32_t fd, uint32_t advice);
  int32_t sys_clock_getres(uint32_t clock, uint32_t res, bool time64);

  // unaligned references replayed as Linux's handler does (linux_unaligned.cpp)
  TrapOutcome handle_unaligned(uint32_t ior);
  int32_t sys_prctl(uint32_t option, uint32_t arg2);

  // signals (linux_signals.cpp)
  struct SigAction {
    uint32_t handler = 0;  // SIG_DFL 0, SIG_IGN 1, or a handler (maybe a plabel)
    uint32_t flags = 0;
    uint64_t mask = 0;     // bit n-1 is signal n
  };
  // Linux's __send_signal: `sig` made pending for `target` (nullptr: the
  // process) with `info`, or dropped if it is a standard signal already
  // pending.  Past RLIMIT_SIGPENDING queued instances, a real-time signal
  // from sigqueue or tgkill gets -EAGAIN, and other signals are sent without
  // their siginfo; a standard signal from kill or the kernel and a timer's
  // always get one.
  int32_t send_signal(Thread* target, int sig, const SigInfo& info);
  uint64_t sigpending_limit() const;  // RLIMIT_SIGPENDING, as Linux's fork_init sets it
  // siginfo_t of a 32-bit task, 128 bytes at `at`.
  void write_siginfo(uint32_t at, int signo, const SigInfo& info);
  int32_t sys_rt_sigtimedwait(uint32_t set, uint32_t info, uint32_t timeout, uint32_t size, bool time64);
  int32_t sys_rt_sigqueueinfo(uint32_t tgid, uint32_t tid, uint32_t sig, uint32_t uinfo, bool to_thread);
  // A signal of `set` pending for `t` (its own first), taken off and
  // written to `info`; 0 if none.
  int take_waited_signal(Thread& t, uint64_t set, uint32_t info);
  int32_t sys_rt_sigaction(uint32_t sig, uint32_t act, uint32_t oldact, uint32_t size);
  int32_t sys_rt_sigprocmask(uint32_t how, uint32_t set, uint32_t oldset, uint32_t size);
  int32_t sys_rt_sigpending(uint32_t set, uint32_t size);
  int32_t sys_sigaltstack(uint32_t ss, uint32_t old);
  int32_t sys_alarm(uint32_t seconds);
  int32_t sys_setitimer(uint32_t which, uint32_t value, uint32_t old);
  int32_t sys_getitimer(uint32_t which, uint32_t value);
  int32_t sys_pause();
  int32_t sys_rt_sigsuspend(uint32_t set, uint32_t size);
  void check_timers();  // SIGALRM pending when ITIMER_REAL has come due
  bool on_alt_stack(uint32_t sp) const { return me().altstack_size && sp - me().altstack_sp < me().altstack_size; }
  // kill/tkill/tgkill: 0, a negative errno, or the signal made pending.
  int32_t sys_kill(uint32_t pid, uint32_t sig, int32_t code);
  TrapOutcome sys_rt_sigreturn();
  // Deliver the pending, unblocked signals (on the way back to user mode).
  TrapOutcome deliver_pending();
  // A signal raised by the instruction at the current pc (force_sig).
  TrapOutcome force_fault_signal(int signo, int32_t code, uint32_t addr, int report_signo,
                                 const std::string& why);
  void setup_frame(int signo, const SigAction& act, const SigInfo& info);
  // Back the running thread up to its system call, to run it again.
  void restart_syscall();
  uint32_t signal_trampoline();

  int32_t stat_at(int32_t dirfd, uint32_t path_ptr, uint32_t flags, struct stat& st);
  std::string read_guest_string(uint32_t addr, size_t max = 4096);
  // "0x0001071c (main+0x28)": an address with the function holding it, for reports.
  std::string code_address(uint32_t addr) const;
  int host_fd(int32_t guest_fd) const;
  uint64_t simulated_ns() const;
  uint64_t next_random();

  pa::Core& core_;
  pa::GuestMemory& mem_;
  AddressSpace space_;
  ProcessOptions opts_;
  std::string exe_path_;
  ElfImage names_;  // only the program's symbol table, to name code in reports
  MachineDescription machine_;  // what /proc/cpuinfo and /sys/devices/system/cpu say
  uint32_t brk_start_ = 0, brk_ = 0;
  uint32_t mmap_base_ = 0x40000000;
  std::map<int32_t, int> fds_;  // guest fd -> host fd
  std::set<ino_t> guest_pipes_;  // the host inodes of the pipes the guest made
  std::map<std::pair<ino_t, bool>, bool> pipe_nonblock_;  // O_NONBLOCK as the guest set it, per pipe end
  std::set<int32_t> cloexec_;   // guest fds with FD_CLOEXEC
  OverlayFs fs_;                // the guest's view of the file system
  std::string cwd_;             // the guest's cwd, a canonical guest path
  std::map<int32_t, std::string> fd_paths_;  // guest fd -> guest path it was opened by
  std::map<int32_t, DirStream> dir_streams_;  // guest fd -> its listing, once read
  uint64_t ram_bytes_ = 0;
  std::set<uint32_t> reported_unknown_;
  std::set<std::string> reported_refusals_;
  std::set<uint32_t> reported_clone_flags_;
  std::set<std::string> reported_futex_ops_;
  int32_t futex_unsupported(const std::string& what);  // -ENOSYS, named once
  uint64_t rng_state_;
  uint64_t syscalls_ = 0;
  SigAction sigactions_[65];   // shared by the threads (CLONE_SIGHAND)
  SigPending group_pending_;    // process-directed signals (kill, the timers): any thread may take them
  uint32_t sigtramp_ = 0;       // the rt_sigreturn trampoline's page (0 until needed)
  // The interval timers: ITIMER_REAL on simulated time (cycles), ITIMER_VIRTUAL
  // and ITIMER_PROF on the process's CPU time (cycles not spent idle: all of
  // the guest's time is user time here).  deadline 0: disarmed.
  struct IntervalTimer {
    uint64_t deadline = 0, interval = 0;
  };
  IntervalTimer itimers_[3];
  std::vector<PosixTimer> posix_timers_;  // timer_create's, indexed by timer id
  uint64_t timer_clock(unsigned which) const;  // the cycle count timer `which` runs on
  std::vector<Thread> threads_;  // in creation order: the round-robin order
  size_t current_ = 0;           // the thread on the CPU; its registers live in the core
  uint32_t next_tid_ = 0;
  int leader_exit_code_ = 0;     // the process's status when its last thread exits
  bool reschedule_ = false;      // a service waits or yields: the scheduler runs when it returns
  uint64_t wait_seq_ = 0;
  uint64_t slice_start_ = 0;     // cycle at which the running thread got the CPU
  int32_t nice_ = 0;             // setpriority
  uint32_t umask_ = 022;         // umask (the host's at start)
  uint32_t personality_ = 0;     // PER_LINUX
  bool slice_over() const { return threads_.size() > 1 && core_.state().cycles - slice_start_ >= opts_.time_slice_cycles; }
  uint64_t context_switches_ = 0, idle_cycles_ = 0;
  uint32_t unalign_ctl_ = 0;        // PR_SET_UNALIGN flags
  uint64_t unaligned_emulated_ = 0;
  bool reported_unaligned_ = false;
  std::set<uint32_t> reported_prctl_options_;
  int exit_status_ = 0;
  std::string report_;
};

}  // namespace sim::se
