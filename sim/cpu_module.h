// The PA7000 as a SystemC module: runs the ISA core with temporal
// decoupling (one wait per quantum, never per instruction) and reaches RAM
// through a DMI pointer obtained over its TLM socket.
#pragma once
#include <systemc>
#include <tlm>
#include <tlm_utils/simple_initiator_socket.h>
#include <tlm_utils/tlm_quantumkeeper.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "pa_risc/core.h"
#include "cache/cache.h"
#include "sim/config.h"
#include "sim/personality.h"

namespace sim {

// Control of execution from outside the guest (a debugger).  Consulted only
// between runs of the core, never inside one: the hot path is untouched.
class RunControl {
 public:
  virtual ~RunControl() = default;
  // Before each core.run(): may block (the simulation waits).  Returns the
  // cycle budget to run (at most `budget`; 1 runs exactly one instruction),
  // or 0 to end the simulation here.
  virtual uint64_t before_run(pa::Core& core, uint64_t budget) = 0;
  // The run is over, whatever ended it (called once, from the CPU thread).
  virtual void on_end(pa::Core& core) = 0;
};

class CpuModule : public sc_core::sc_module {
 public:
  tlm_utils::simple_initiator_socket<CpuModule> socket;

  CpuModule(sc_core::sc_module_name name, const MachineConfig& cfg);

  pa::Core& core() { return core_; }
  const cache::Cache* icache() const { return icache_.get(); }  // null when not modelled
  const cache::Cache* dcache() const { return dcache_.get(); }
  void set_personality(Personality* p) { personality_ = p; }
  void set_max_cycles(std::optional<uint64_t> n) { max_cycles_ = n; }
  void set_run_control(RunControl* c) { control_ = c; }

  // Uncached device access over the bus (I/O space), big-endian value.
  uint64_t bus_read(uint32_t paddr, unsigned size);
  void bus_write(uint32_t paddr, unsigned size, uint64_t value);

  bool stopped_by_cycle_limit() const { return hit_cycle_limit_; }
  std::optional<uint32_t> halt_status() const { return halt_status_; }
  bool ended_by_run_control() const { return ended_by_control_; }  // e.g. the debugger's kill
  const std::string& failure() const { return failure_; }  // host-side error that ended the run
  const std::string& hang() const { return hang_; }        // why the guest could not go on (pa::GuestHang)

 private:
  void run();
  void end_of_elaboration() override;

  pa::GuestMemory memory_;
  pa::Core core_;
  std::unique_ptr<cache::Cache> icache_, dcache_;
  Personality* personality_ = nullptr;
  RunControl* control_ = nullptr;
  bool ended_by_control_ = false;
  sc_core::sc_time period_;
  uint64_t quantum_cycles_;
  std::optional<uint64_t> max_cycles_;
  bool hit_cycle_limit_ = false;
  std::optional<uint32_t> halt_status_;
  std::string failure_;
  std::string hang_;
  uint8_t* ram_ = nullptr;
  uint64_t ram_bytes_ = 0;
  tlm_utils::tlm_quantumkeeper quantum_;
};

}  // namespace sim
