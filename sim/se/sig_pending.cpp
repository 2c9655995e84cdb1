#include "sim/se/sig_pending.h"

#include <algorithm>

namespace sim::se {
namespace {
constexpr uint64_t bit(int sig) { return 1ull << (sig - 1); }
// hppa's numbers: SIGILL 4, SIGTRAP 5, SIGFPE 8, SIGBUS 10, SIGSEGV 11, SIGSYS 31.
constexpr uint64_t kSynchronous = bit(4) | bit(5) | bit(8) | bit(10) | bit(11) | bit(31);
}  // namespace

bool SigPending::add(int sig, const SigInfo& info) {
  if (sig < kSigRtmin && (set_ & bit(sig))) return false;
  set_ |= bit(sig);
  queue_.push_back(Entry{sig, info});
  return true;
}

void SigPending::mark(int sig) { set_ |= bit(sig); }

SigInfo SigPending::take(int sig) {
  SigInfo info{kSiUser, 0, false};
  info.lost = true;
  const auto first = std::find_if(queue_.begin(), queue_.end(), [&](const Entry& e) { return e.sig == sig; });
  if (first != queue_.end()) {
    info = first->info;
    queue_.erase(first);
  }
  const bool more = std::any_of(queue_.begin(), queue_.end(), [&](const Entry& e) { return e.sig == sig; });
  if (!more) set_ &= ~bit(sig);
  return info;
}

SigInfo* SigPending::find_timer(int sig, uint32_t timer_id) {
  const auto first = std::find_if(queue_.begin(), queue_.end(), [&](const Entry& e) {
    return e.sig == sig && e.info.code == kSiTimer && e.info.timer_id == timer_id;
  });
  return first == queue_.end() ? nullptr : &first->info;
}

void SigPending::discard(int sig) {
  queue_.erase(std::remove_if(queue_.begin(), queue_.end(), [&](const Entry& e) { return e.sig == sig; }),
               queue_.end());
  set_ &= ~bit(sig);
}

int next_signal(uint64_t ready) {
  const uint64_t sync = ready & kSynchronous;
  return __builtin_ctzll(sync ? sync : ready) + 1;
}

}  // namespace sim::se
