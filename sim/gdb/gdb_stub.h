// A GDB remote-serial-protocol stub (`pa730 se|boot --gdb PORT`).
//
// It runs inside the CPU's SC_THREAD as the CpuModule's RunControl: before
// the first instruction it waits for gdb to connect, then serves packets
// while the guest is stopped (the simulation waits on the socket).  On
// `c` with no breakpoints the core runs in its usual chunks; with
// breakpoints, or on `s`, it runs one instruction per core.run(1) and the
// front of the IA queue is compared with the breakpoint set before each
// instruction.  Breakpoints live in the simulator: guest memory is never
// patched.
//
// Packets: ? g G p P m M Z0/z0 (Z1/z1 the same) c s C S k D H T vKill
// vCont? (empty: gdb falls back to c/s) qSupported qAttached qC
// qfThreadInfo/qsThreadInfo qThreadExtraInfo qXfer:features:read
// (architecture only) qRcmd (monitor help|cr|stats|space).  Anything else
// gets the empty reply; malformed arguments get E01.  Stops are reported as
// S05 (breakpoint, step), S02 (Ctrl-C) -- T05thread:ID; instead when the
// mode knows the guest's threads (syscall emulation) --, W<status> when the guest exits, X<signal>
// when it is killed by a signal (syscall emulation), hits --max-cycles
// (SIGXCPU) or the simulator fails (SIGABRT).
//
// Threads (GuestThreads, syscall emulation): Hg selects the thread whose
// registers g G p P read and write; continuing and stepping run the CPU,
// which passes from thread to thread as the guest's scheduler decides.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>

#include "sim/cpu_module.h"
#include "sim/gdb/guest_threads.h"
#include "sim/gdb/rsp_channel.h"

namespace sim::gdb {

// How the guest ended, as the mode knows it.
struct GuestExit {
  int status = 0;  // exit status
  int signal = 0;  // host signal number that ended it (syscall emulation), else 0
};

class GdbStub : public RunControl {
 public:
  // Binds 127.0.0.1:port now (throws UserError if it cannot) and announces
  // it on stderr; the connection is accepted when the simulation starts.
  GdbStub(CpuModule& cpu, uint16_t port);
  ~GdbStub() override;

  uint16_t port() const { return listener_.port(); }
  // Supplies the guest's exit status once it has finished (W/X reply).
  void set_guest_exit(std::function<GuestExit()> f) { guest_exit_ = std::move(f); }
  // The guest's threads (nullptr: one thread, the CPU).
  void set_guest_threads(GuestThreads* t) { threads_ = t; }

  // RunControl
  uint64_t before_run(pa::Core& core, uint64_t budget) override;
  void on_end(pa::Core& core) override;

 private:
  enum class Mode : uint8_t { Waiting, Running, Stepping, Detached, Killed };
  enum class Action : uint8_t { Resume, Step, Detach, Kill };

  // Serve packets until gdb resumes, detaches or kills; `stop` is sent first.
  Action serve(pa::Core& core, const std::string& stop);
  std::string handle(pa::Core& core, const std::string& pkt, std::optional<Action>& action);
  void resume(pa::Core& core, Mode mode, std::string_view addr);
  uint64_t stopped(pa::Core& core, const std::string& reply, uint64_t budget);
  void end_session();

  std::string stop_reply(int sig) const;  // for the running thread
  std::string stop_reply(int sig, uint32_t thread) const;
  bool at_breakpoint(const pa::CpuState& s) const;
  std::string thread_query(const std::string& pkt) const;
  std::string select_thread(std::string_view args);
  // The registers g/G/p/P work on: the selected thread's (Hg), else the core's.
  pa::CpuState& selected_registers(pa::Core& core);
  std::string read_registers(pa::Core& core);
  std::string write_registers(pa::Core& core, std::string_view hex);
  std::string read_memory(pa::Core& core, std::string_view args);
  std::string write_memory(pa::Core& core, std::string_view args);
  std::string breakpoint(std::string_view args, bool insert);
  std::string monitor(pa::Core& core, std::string_view hex_command);
  std::string set_break_space(std::string_view arg);
  std::string query(pa::Core& core, const std::string& pkt);
  bool access_byte(pa::Core& core, uint32_t addr, uint8_t& byte, bool write);

  CpuModule& cpu_;
  RspListener listener_;
  std::unique_ptr<RspChannel> channel_;
  std::function<GuestExit()> guest_exit_;
  GuestThreads* threads_ = nullptr;
  uint32_t selected_ = 0;     // Hg; 0: the running thread
  uint32_t continue_thread_ = 0;  // Hc; 0: the running thread
  // A step of one thread of several: which, from where, and whether it had
  // to leave the CPU on the way (0: no threads).
  uint32_t step_thread_ = 0, step_pc_ = 0;
  bool step_off_cpu_ = false;
  Mode mode_ = Mode::Waiting;
  std::unordered_set<uint32_t> breakpoints_;
  // `monitor space S`: breakpoints fire only in space S (a task, under the
  // guest kernel); gdb's protocol has offsets only.
  std::optional<uint32_t> break_space_;
  std::string last_stop_ = "S05";
  // Where the last resume started: a breakpoint there does not fire again
  // before the instruction under it has run.
  uint32_t resume_pc_ = 0, resume_space_ = 0;
  uint64_t resume_insns_ = 0;
  bool resume_pending_ = false;
  unsigned idle_steps_ = 0;          // single steps that have not advanced yet
  uint64_t next_poll_cycle_ = 0;     // when to look for a Ctrl-C next
};

}  // namespace sim::gdb
