#include "sim/gdb/gdb_stub.h"

#include <algorithm>
#include <cstdio>
#include <fmt/format.h>

#include "sim/gdb/hppa_registers.h"

namespace sim::gdb {

namespace {

// Look for a Ctrl-C from gdb this often while the guest runs (simulated
// cycles; one poll() per look, never per instruction).
constexpr uint64_t kPollCycles = 100000;
// Single steps that leave the core where it was (no instruction issued)
// before the step is reported anyway.
constexpr unsigned kMaxIdleSteps = 1000;

// The target description: the architecture only, so that gdb selects
// "hppa" by itself; the registers are gdb's built-in hppa32 set.
constexpr std::string_view kTargetXml =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
    "<target version=\"1.0\"><architecture>hppa</architecture></target>\n";

// Host (Linux) signal numbers, as syscall emulation reports them, to gdb's
// protocol numbers (gdb/gdbsupport signals.def).
int gdb_signal(int host) {
  static constexpr int map[] = {0, 1, 2, 3, 4, 5, 6, 10, 8, 9, 30, 11, 31, 13, 14, 15};
  if (host > 0 && host < static_cast<int>(std::size(map))) return map[host];
  return 143;  // GDB_SIGNAL_UNKNOWN
}
constexpr int kSigTrap = 5, kSigInt = 2, kSigAbrt = 6, kSigXcpu = 24;

// "addr,len" (hex)
bool parse_addr_len(std::string_view args, uint64_t& addr, uint64_t& len) {
  const size_t comma = args.find(',');
  if (comma == std::string_view::npos) return false;
  const auto a = parse_hex(args.substr(0, comma));
  const auto l = parse_hex(args.substr(comma + 1));
  if (!a || !l || *a > 0xffffffffull) return false;
  addr = *a;
  len = *l;
  return true;
}

constexpr const char* kError = "E01";

}  // namespace

GdbStub::GdbStub(CpuModule& cpu, uint16_t port) : cpu_(cpu), listener_(port) {
  fmt::print(stderr, "pa730: waiting for gdb on 127.0.0.1:{}\n", listener_.port());
  std::fflush(stderr);
}

GdbStub::~GdbStub() = default;

void GdbStub::end_session() {
  if (channel_) channel_->close();
}

// ---------------------------------------------------------------- execution

uint64_t GdbStub::before_run(pa::Core& core, uint64_t budget) {
  const pa::CpuState& s = core.state();
  switch (mode_) {
    case Mode::Detached:
      return budget;
    case Mode::Killed:
      return 0;
    case Mode::Waiting: {
      const int fd = listener_.accept_one();
      if (fd < 0) {
        fmt::print(stderr, "pa730: --gdb: no debugger connection; ending the run\n");
        mode_ = Mode::Killed;
        return 0;
      }
      channel_ = std::make_unique<RspChannel>(fd);
      return stopped(core, "", budget);  // gdb asks with '?' first
    }
    case Mode::Stepping: {
      if (step_thread_ && threads_->running_thread() != step_thread_) {
        step_off_cpu_ = true;
        // The stepped thread is off the CPU (its slice ended, or it waits):
        // as a kernel single-steps one thread of many, the step is done when
        // that thread has run its instruction, and meanwhile the others run
        // (and stop at breakpoints).
        const pa::CpuState* r = threads_->saved_registers(step_thread_);
        if (!r) return stopped(core, stop_reply(kSigTrap), budget);  // it has exited
        if (!threads_->waiting(step_thread_) && (r->iaoq_front & ~3u) != step_pc_)
          return stopped(core, stop_reply(kSigTrap, step_thread_), budget);
        if (at_breakpoint(s)) return stopped(core, stop_reply(kSigTrap), budget);
        if (s.cycles >= next_poll_cycle_) {
          next_poll_cycle_ = s.cycles + kPollCycles;
          if (channel_->poll_interrupt()) return stopped(core, stop_reply(kSigInt), budget);
        }
        return 1;
      }
      // Back on the CPU after waiting, the thread has advanced once its pc
      // has; otherwise once an instruction has completed.
      const bool advanced = step_off_cpu_ ? (s.iaoq_front & ~3u) != step_pc_
                                          : core.counters().instructions != resume_insns_ ||
                                                (s.iaoq_front & ~3u) != resume_pc_ || s.iasq_front != resume_space_;
      if (advanced || ++idle_steps_ > kMaxIdleSteps) return stopped(core, stop_reply(kSigTrap), budget);
      return 1;
    }
    case Mode::Running: {
      if (s.cycles >= next_poll_cycle_) {
        next_poll_cycle_ = s.cycles + kPollCycles;
        if (channel_->poll_interrupt()) return stopped(core, stop_reply(kSigInt), budget);
        if (!channel_->open()) {  // gdb went away while the guest ran
          mode_ = Mode::Killed;
          return 0;
        }
      }
      if (breakpoints_.empty()) return budget;
      const uint32_t pc = s.iaoq_front & ~3u;
      if (resume_pending_) {
        // Still at the instruction the resume started from: run it first.
        if (pc == resume_pc_ && s.iasq_front == resume_space_ && core.counters().instructions == resume_insns_)
          return 1;
        resume_pending_ = false;
      }
      if (at_breakpoint(s)) return stopped(core, stop_reply(kSigTrap), budget);
      return 1;
    }
  }
  return budget;
}

bool GdbStub::at_breakpoint(const pa::CpuState& s) const {
  // A nullified instruction never executes, so a break there would not trap either.
  return !s.nullify_next && breakpoints_.count(s.iaoq_front & ~3u) && (!break_space_ || s.iasq_front == *break_space_);
}

std::string GdbStub::stop_reply(int sig) const { return stop_reply(sig, threads_ ? threads_->running_thread() : 0); }

std::string GdbStub::stop_reply(int sig, uint32_t thread) const {
  // A guest with threads names the one that stopped (once there were
  // several, gdb needs it even when one is left).
  if (threads_) return fmt::format("T{:02x}thread:{:x};", sig, thread);
  return fmt::format("S{:02x}", sig);
}

uint64_t GdbStub::stopped(pa::Core& core, const std::string& reply, uint64_t budget) {
  if (!reply.empty()) last_stop_ = reply;
  switch (serve(core, reply)) {
    case Action::Resume:
      return (mode_ == Mode::Stepping || !breakpoints_.empty()) ? 1 : budget;
    case Action::Step:
      return 1;
    case Action::Detach:
      breakpoints_.clear();
      mode_ = Mode::Detached;
      end_session();
      return budget;
    case Action::Kill:
      break;
  }
  mode_ = Mode::Killed;
  end_session();
  return 0;
}

void GdbStub::resume(pa::Core& core, Mode mode, std::string_view addr) {
  pa::CpuState& s = core.state();
  if (!addr.empty()) {
    if (const auto a = parse_hex(addr); a && *a <= 0xffffffffull) {
      const uint32_t priv = s.iaoq_front & 3u;
      s.iaoq_front = (static_cast<uint32_t>(*a) & ~3u) | priv;
      s.iaoq_back = s.iaoq_front + 4;
      s.nullify_next = false;
    }
  }
  resume_pc_ = s.iaoq_front & ~3u;
  step_thread_ = 0;
  step_off_cpu_ = false;
  if (mode == Mode::Stepping && threads_) {
    // Hc names the thread to step; Hc0 (any) leaves it to gdb's current
    // thread, the one Hg selected.  It may be off the CPU.
    step_thread_ = continue_thread_ ? continue_thread_ : selected_ ? selected_ : threads_->running_thread();
    const pa::CpuState* r = threads_->saved_registers(step_thread_);
    step_pc_ = (r ? r->iaoq_front : s.iaoq_front) & ~3u;
    step_off_cpu_ = r != nullptr;
  }
  resume_space_ = s.iasq_front;
  resume_insns_ = core.counters().instructions;
  resume_pending_ = true;
  idle_steps_ = 0;
  next_poll_cycle_ = s.cycles + kPollCycles;
  mode_ = mode;
}

void GdbStub::on_end(pa::Core&) {
  if (!channel_ || !channel_->open() || mode_ == Mode::Detached || mode_ == Mode::Killed || mode_ == Mode::Waiting) {
    end_session();
    return;
  }
  // gdb is waiting for a stop reply: the program is gone.
  std::string reply;
  if (!cpu_.failure().empty()) {
    reply = fmt::format("X{:02x}", kSigAbrt);
  } else if (cpu_.stopped_by_cycle_limit()) {
    reply = fmt::format("X{:02x}", kSigXcpu);
  } else {
    GuestExit e;
    if (guest_exit_) e = guest_exit_();
    else if (cpu_.halt_status()) e.status = static_cast<int>(*cpu_.halt_status() & 0xff);
    reply = e.signal ? fmt::format("X{:02x}", gdb_signal(e.signal)) : fmt::format("W{:02x}", e.status & 0xff);
  }
  channel_->send_packet(reply);
  mode_ = Mode::Killed;
  end_session();
}

// ---------------------------------------------------------------- packets

GdbStub::Action GdbStub::serve(pa::Core& core, const std::string& stop) {
  if (!stop.empty() && !channel_->send_packet(stop)) return Action::Kill;
  for (;;) {
    const auto pkt = channel_->read_packet();
    if (!pkt) return Action::Kill;  // gdb closed the connection
    if (*pkt == "\x03") continue;   // already stopped
    std::optional<Action> action;
    const std::string reply = channel_->oversized() ? std::string(kError) : handle(core, *pkt, action);
    if (action && (*action == Action::Resume || *action == Action::Step)) return *action;
    if (action && *action == Action::Kill && pkt->front() == 'k') return Action::Kill;  // 'k' has no reply
    if (!channel_->send_packet(reply)) return Action::Kill;
    if (action) return *action;
  }
}

std::string GdbStub::handle(pa::Core& core, const std::string& pkt, std::optional<Action>& action) {
  if (pkt.empty()) return "";
  const std::string_view args = std::string_view(pkt).substr(1);
  switch (pkt[0]) {
    case '?':
      return last_stop_;
    case 'g':
      return read_registers(core);
    case 'G':
      return write_registers(core, args);
    case 'p': {
      const auto n = parse_hex(args, 8);
      if (!n || *n >= kRegisterCount) return kError;
      return fmt::format("{:08x}", read_register(selected_registers(core), static_cast<unsigned>(*n)));
    }
    case 'P': {
      const size_t eq = args.find('=');
      if (eq == std::string_view::npos) return kError;
      const auto n = parse_hex(args.substr(0, eq), 8);
      const std::string_view hex = args.substr(eq + 1);
      const auto v = hex.size() == 8 ? parse_hex(hex, 8) : std::nullopt;
      pa::CpuState& regs = selected_registers(core);
      if (!n || !v || !write_register(regs, static_cast<unsigned>(*n), static_cast<uint32_t>(*v)))
        return kError;
      if (&regs != &core.state()) return "OK";  // a waiting thread's: the core is not involved
      if (pa::MemoryBackend* b = core.memory().backend()) b->on_context_change(core.state());
      return "OK";
    }
    case 'm':
      return read_memory(core, args);
    case 'M':
      return write_memory(core, args);
    case 'X':
      return "";  // binary writes: not offered, gdb falls back to M
    case 'Z':
    case 'z':
      return breakpoint(args, pkt[0] == 'Z');
    case 'c':
    case 's':
      resume(core, pkt[0] == 's' ? Mode::Stepping : Mode::Running, args);
      action = pkt[0] == 's' ? Action::Step : Action::Resume;
      return "";
    case 'C':
    case 'S': {  // the signal is not delivered: there is no guest signal to pass
      const size_t semi = args.find(';');
      resume(core, pkt[0] == 'S' ? Mode::Stepping : Mode::Running,
             semi == std::string_view::npos ? std::string_view() : args.substr(semi + 1));
      action = pkt[0] == 'S' ? Action::Step : Action::Resume;
      return "";
    }
    case 'k':
      action = Action::Kill;
      return "";
    case 'D':
      action = Action::Detach;
      return "OK";
    case 'H':
      return select_thread(args);
    case 'T': {  // is the thread alive?
      const auto id = parse_hex(args, 8);
      if (!id) return kError;
      if (!threads_) return *id == 1 ? "OK" : kError;
      const auto ids = threads_->thread_ids();
      return std::find(ids.begin(), ids.end(), *id) != ids.end() ? "OK" : kError;
    }
    case 'q':
      return query(core, pkt);
    case 'v':
      if (pkt.rfind("vKill", 0) == 0) {
        action = Action::Kill;
        return "OK";
      }
      return "";  // vCont? included: gdb then uses c and s
    default:
      return "";
  }
}

std::string GdbStub::query(pa::Core& core, const std::string& pkt) {
  if (pkt.rfind("qSupported", 0) == 0)
    return fmt::format("PacketSize={:x};qXfer:features:read+", RspChannel::kMaxPacket);
  if (pkt == "qAttached" || pkt.rfind("qAttached:", 0) == 0) return "0";  // we started it: quitting gdb kills it
  if (pkt == "qC" || pkt == "qfThreadInfo" || pkt == "qsThreadInfo" || pkt.rfind("qThreadExtraInfo,", 0) == 0)
    return thread_query(pkt);
  if (pkt == "qSymbol::") return "OK";
  if (pkt.rfind("qRcmd,", 0) == 0) return monitor(core, std::string_view(pkt).substr(6));
  constexpr std::string_view kXfer = "qXfer:features:read:target.xml:";
  if (pkt.rfind(kXfer, 0) == 0) {
    uint64_t off = 0, len = 0;
    if (!parse_addr_len(std::string_view(pkt).substr(kXfer.size()), off, len)) return kError;
    if (off >= kTargetXml.size()) return "l";
    const size_t n = std::min<uint64_t>({len, kTargetXml.size() - off, RspChannel::kMaxPacket / 2});
    return (off + n >= kTargetXml.size() ? "l" : "m") + std::string(kTargetXml.substr(off, n));
  }
  if (pkt.rfind("qXfer:", 0) == 0) return "";
  return "";
}

// ---------------------------------------------------------------- registers

std::string GdbStub::read_registers(pa::Core& core) {
  const pa::CpuState& regs = selected_registers(core);
  std::string out;
  out.reserve(kRegisterCount * 8);
  for (unsigned n = 0; n < kRegisterCount; ++n) out += fmt::format("{:08x}", read_register(regs, n));
  return out;
}

std::string GdbStub::write_registers(pa::Core& core, std::string_view hex) {
  if (hex.empty() || hex.size() % 8 || hex.size() > kRegisterCount * 8) return kError;
  uint32_t values[kRegisterCount];
  const unsigned count = static_cast<unsigned>(hex.size() / 8);
  for (unsigned n = 0; n < count; ++n) {
    const auto v = parse_hex(hex.substr(8 * n, 8), 8);
    if (!v) return kError;  // nothing written
    values[n] = static_cast<uint32_t>(*v);
  }
  pa::CpuState& s = selected_registers(core);
  for (unsigned n = 0; n < count; ++n) {
    if (n == kRegIpsw) continue;  // the same PSW as slot 0: one writer is enough
    write_register(s, n, values[n]);
  }
  if (&s != &core.state()) return "OK";  // a waiting thread's: the core is not involved
  if (pa::MemoryBackend* b = core.memory().backend()) b->on_context_change(s);
  return "OK";
}

// ---------------------------------------------------------------- threads

pa::CpuState& GdbStub::selected_registers(pa::Core& core) {
  if (threads_ && selected_)
    if (pa::CpuState* saved = threads_->saved_registers(selected_)) return *saved;
  return core.state();  // the running thread (or the only one)
}

std::string GdbStub::select_thread(std::string_view args) {
  // Hg<id> picks the registers g/G/p/P see; Hc<id> the thread a step is of
  // (a continue runs the CPU, which passes between the threads as the
  // guest's scheduler decides).
  if (args.empty() || (args[0] != 'g' && args[0] != 'c')) return kError;
  const std::string_view id_text = args.substr(1);
  if (id_text == "0" || id_text == "-1") {
    (args[0] == 'g' ? selected_ : continue_thread_) = 0;
    return "OK";
  }
  const auto id = parse_hex(id_text, 8);
  if (!id) return kError;
  if (!threads_) return *id == 1 ? "OK" : kError;
  const auto ids = threads_->thread_ids();
  if (std::find(ids.begin(), ids.end(), *id) == ids.end()) return kError;
  // It stays selected when it leaves the CPU.
  (args[0] == 'g' ? selected_ : continue_thread_) = static_cast<uint32_t>(*id);
  return "OK";
}

std::string GdbStub::thread_query(const std::string& pkt) const {
  if (!threads_) {
    if (pkt == "qC") return "QC1";
    if (pkt == "qfThreadInfo") return "m1";
    if (pkt == "qsThreadInfo") return "l";
    return "";  // qThreadExtraInfo: nothing to add
  }
  if (pkt == "qC") return fmt::format("QC{:x}", threads_->running_thread());
  if (pkt == "qsThreadInfo") return "l";  // the whole list went in the first reply
  if (pkt == "qfThreadInfo") {
    std::string out = "m";
    for (uint32_t id : threads_->thread_ids()) out += fmt::format("{}{:x}", out.size() > 1 ? "," : "", id);
    return out;
  }
  const auto id = parse_hex(std::string_view(pkt).substr(std::string_view("qThreadExtraInfo,").size()), 8);
  if (!id) return kError;
  std::string hex;
  for (unsigned char c : threads_->describe(static_cast<uint32_t>(*id))) hex += fmt::format("{:02x}", c);
  return hex;
}

// ---------------------------------------------------------------- memory

// One byte through the guest's current data translation (the space a short
// pointer would select), as a load or store of the guest would see it but
// without cache time or TLB-stall cycles.  Device registers are refused.
bool GdbStub::access_byte(pa::Core& core, uint32_t addr, uint8_t& byte, bool write) {
  pa::GuestMemory& mem = core.memory();
  pa::MemoryBackend* backend = mem.backend();
  if (!backend) return false;
  const uint32_t space = core.state().sr[4 + (addr >> 30)];
  if (backend->is_io(space, addr)) return false;
  const uint64_t pending_stalls = mem.take_stalls();
  bool ok = false;
  try {
    if (write) mem.host_store<uint8_t>(space, addr, byte);
    else byte = mem.host_load<uint8_t>(space, addr);
    ok = true;
  } catch (const pa::GuestTrap&) {
  } catch (const pa::HaltRequest&) {
  } catch (const std::exception&) {
  }
  if (!ok && !write) {
    // Code the core fetches through the instruction side only (an ITLB
    // entry and no DTLB entry) is still worth showing to a disassembler.
    if (const uint8_t* page = mem.host_page(addr >> pa::kPageBits)) {
      byte = page[addr & (pa::kPageSize - 1)];
      ok = true;
    }
  }
  mem.put_back_stalls(pending_stalls);
  return ok;
}

std::string GdbStub::read_memory(pa::Core& core, std::string_view args) {
  uint64_t addr = 0, len = 0;
  if (!parse_addr_len(args, addr, len)) return kError;
  len = std::min<uint64_t>(len, RspChannel::kMaxPacket / 2 - 8);
  std::string bytes;
  for (uint64_t i = 0; i < len && addr + i <= 0xffffffffull; ++i) {
    uint8_t b = 0;
    if (!access_byte(core, static_cast<uint32_t>(addr + i), b, false)) break;
    bytes.push_back(static_cast<char>(b));
  }
  if (bytes.empty() && len != 0) return kError;
  return to_hex(bytes);
}

std::string GdbStub::write_memory(pa::Core& core, std::string_view args) {
  const size_t colon = args.find(':');
  if (colon == std::string_view::npos) return kError;
  uint64_t addr = 0, len = 0;
  if (!parse_addr_len(args.substr(0, colon), addr, len)) return kError;
  const auto data = from_hex(args.substr(colon + 1));
  if (!data || data->size() != len || addr + len > 0x100000000ull) return kError;
  for (uint64_t i = 0; i < len; ++i) {
    uint8_t b = static_cast<uint8_t>((*data)[i]);
    if (!access_byte(core, static_cast<uint32_t>(addr + i), b, true)) return kError;
  }
  return "OK";
}

// ---------------------------------------------------------------- breakpoints

std::string GdbStub::breakpoint(std::string_view args, bool insert) {
  // "type,addr,kind[;cond...]": software (0) and hardware (1) breakpoints
  // are the same thing here; watchpoints (2..4) are not offered.
  const size_t c1 = args.find(',');
  if (c1 == std::string_view::npos) return kError;
  const std::string_view type = args.substr(0, c1);
  if (type != "0" && type != "1") return "";
  std::string_view rest = args.substr(c1 + 1);
  const size_t c2 = rest.find(',');
  if (c2 == std::string_view::npos) return kError;
  const auto addr = parse_hex(rest.substr(0, c2));
  std::string_view kind = rest.substr(c2 + 1);
  kind = kind.substr(0, kind.find(';'));
  if (!addr || *addr > 0xffffffffull || !parse_hex(kind)) return kError;
  const uint32_t a = static_cast<uint32_t>(*addr) & ~3u;
  if (insert) breakpoints_.insert(a);
  else breakpoints_.erase(a);
  return "OK";
}

// ---------------------------------------------------------------- monitor

std::string GdbStub::set_break_space(std::string_view arg) {
  while (!arg.empty() && arg.front() == ' ') arg.remove_prefix(1);
  if (arg == "any") {
    break_space_.reset();
  } else if (!arg.empty()) {
    std::string digits(arg);
    if (digits.rfind("0x", 0) == 0 || digits.rfind("0X", 0) == 0) digits.erase(0, 2);
    const auto value = parse_hex(digits);
    if (!value || *value > 0xffffffffu) return fmt::format("space: '{}' is not a hex space id or 'any'\n", arg);
    break_space_ = static_cast<uint32_t>(*value);
  }
  return break_space_ ? fmt::format("breakpoints fire in space 0x{:x} only\n", *break_space_)
                      : std::string("breakpoints fire in every space\n");
}

std::string GdbStub::monitor(pa::Core& core, std::string_view hex_command) {
  const auto decoded = from_hex(hex_command);
  if (!decoded) return kError;
  std::string cmd = *decoded;
  while (!cmd.empty() && (cmd.back() == ' ' || cmd.back() == '\n')) cmd.pop_back();
  const pa::CpuState& s = core.state();
  std::string text;
  if (cmd == "cr") {
    static constexpr const char* names[32] = {"rctr", "", "", "", "", "", "", "", "pid1", "pid2", "ccr", "sar",
                                              "pid3", "pid4", "iva", "eiem", "itmr", "iiasq", "iiaoq", "iir",
                                              "isr", "ior", "ipsw", "eirr", "tr0", "tr1", "tr2", "tr3",
                                              "tr4", "tr5", "tr6", "tr7"};
    for (unsigned r = 0; r < 32; ++r) {
      if (r >= 1 && r <= 7) continue;  // not implemented on PA-RISC 1.1
      uint32_t v = s.cr[r];
      std::string extra;
      if (r == pa::cr::IntervalTimer) {
        v = static_cast<uint32_t>(s.cycles);
        extra = s.timer_armed ? fmt::format("  (compare {:08x})", s.timer_compare) : "";
      }
      if (r == pa::cr::Iiasq) extra = fmt::format("  (queue {:08x} {:08x})", s.iiasq[0], s.iiasq[1]);
      if (r == pa::cr::Iiaoq) extra = fmt::format("  (queue {:08x} {:08x})", s.iiaoq[0], s.iiaoq[1]);
      text += fmt::format("cr{:<2} {:<5} {:08x}{}\n", r, names[r], v, extra);
    }
    text += fmt::format("psw        {:08x}\n", s.full_psw());
  } else if (cmd == "stats") {
    text = fmt::format("cycles {}\ninstructions {}\nbreakpoints {}\n", s.cycles, core.counters().instructions,
                       breakpoints_.size());
  } else if (cmd == "space" || cmd.rfind("space ", 0) == 0) {
    text = set_break_space(std::string_view(cmd).substr(5));
  } else if (cmd == "help" || cmd.empty()) {
    text =
        "pa730 monitor commands:\n"
        "  cr         control registers (IPSW, IIA queues, interval timer, ...)\n"
        "  stats      simulated cycles and instructions so far\n"
        "  space S    breakpoints fire only in space S (hex; a task's space under the guest kernel)\n"
        "  space any  breakpoints fire in every space (the default)\n"
        "  space      show the setting\n";
  } else {
    text = fmt::format("unknown monitor command '{}' (try: monitor help)\n", cmd);
  }
  // Console output travels in O packets before the final reply.
  constexpr size_t kChunk = RspChannel::kMaxPacket / 4;
  for (size_t off = 0; off < text.size(); off += kChunk)
    if (!channel_->send_packet("O" + to_hex(std::string_view(text).substr(off, kChunk)))) break;
  return "OK";
}

}  // namespace sim::gdb
