#include "sim/se/sig_pending.h"

#include <algorithm>

namespace sim::se {
namespace {
// hppa's numbers: SIGILL 4, SIGTRAP 5, SIGFPE 8, SIGBUS 10, SIGSEGV 11, SIGSYS 31.
constexpr uint64_t kSynchronous = sig_bit(4) | sig_bit(5) | sig_bit(8) | sig_bit(10) | sig_bit(11) | sig_bit(31);
}  // namespace

bool SigPending::add(int sig, const SigInfo& info) {
  if (sig < kSigRtmin && (set_ & sig_bit(sig))) return false;
  set_ |= sig_bit(sig);
  queue_.push_back(Entry{sig, info});
  return true;
}

void SigPending::mark(int sig) { set_ |= sig_bit(sig); }

SigInfo SigPending::take(int sig) {
  SigInfo info{kSiUser, 0, false};
  info.lost = true;
  const auto first = std::find_if(queue_.begin(), queue_.end(), [&](const Entry& e) { return e.sig == sig; });
  if (first != queue_.end()) {
    info = first->info;
    queue_.erase(first);
  }
  const bool more = std::any_of(queue_.begin(), queue_.end(), [&](const Entry& e) { return e.sig == sig; });
  if (!more) set_ &= ~sig_bit(sig);
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
  set_ &= ~sig_bit(sig);
}

int next_signal(uint64_t ready) {
  const uint64_t sync = ready & kSynchronous;
  return __builtin_ctzll(sync ? sync : ready) + 1;
}

}  // namespace sim::se
