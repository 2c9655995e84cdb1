// The signals pending for one thread or for the whole process, kept as
// Linux's struct sigpending keeps them: the set, and a siginfo per instance.
// A standard signal (1-31) is pending once at most: a second one sent while
// the first waits is dropped, and the first's siginfo stays (legacy_queue).
// A real-time signal (32-64 on hppa) queues each instance with its own
// siginfo, and they are taken oldest first.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace sim::se {

struct SigInfo {
  int32_t code = 0;
  uint32_t addr = 0;     // si_addr of a fault
  bool fault = false;    // si_addr rather than si_pid/si_uid
  uint32_t value = 0;    // si_value (sigqueue, a POSIX timer)
  uint32_t timer_id = 0, overrun = 0;  // a POSIX timer's (si_code SI_TIMER)
  bool lost = false;     // sent past the queue limit: SI_USER from pid 0, as Linux's collect_signal
};

constexpr uint64_t sig_bit(int sig) { return 1ull << (sig - 1); }  // signal n in a sigset: bit n-1
constexpr int kSigRtmin = 32;  // the kernel's SIGRTMIN on hppa (glibc keeps the first few)
constexpr int32_t kSiUser = 0, kSiTimer = -2;  // si_code of kill, of a POSIX timer's signal

class SigPending {
 public:
  // Bit n-1 for signal n, as a sigset_t.
  uint64_t set() const { return set_; }
  // Make `sig` pending with `info`; false if it was dropped (a standard
  // signal already pending).
  bool add(int sig, const SigInfo& info);
  // Make `sig` pending with no siginfo queued (Linux, past the queue
  // limit: "a silent loss of information"); taking it gives a lost one.
  void mark(int sig);
  // The oldest instance of a pending `sig`, taken off; the signal stays in
  // the set while more instances are queued.
  SigInfo take(int sig);
  // The queued instance of `sig` that POSIX timer `timer_id` sent, left
  // queued; nullptr if none.
  SigInfo* find_timer(int sig, uint32_t timer_id);
  // Every instance of `sig` dropped (its action became "ignore").
  void discard(int sig);
  // Instances queued, counted against RLIMIT_SIGPENDING.
  size_t queued() const { return queue_.size(); }

 private:
  struct Entry {
    int sig;
    SigInfo info;
  };
  uint64_t set_ = 0;
  std::vector<Entry> queue_;  // in the order they were sent
};

// The signal of `ready` (a non-empty set) taken first: the synchronous
// ones (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGSYS) before the rest,
// then the lowest number, as Linux's next_signal.
int next_signal(uint64_t ready);

}  // namespace sim::se
