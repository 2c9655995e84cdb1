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

class CpuModule : public sc_core::sc_module {
 public:
  tlm_utils::simple_initiator_socket<CpuModule> socket;

  CpuModule(sc_core::sc_module_name name, const MachineConfig& cfg);

  pa::Core& core() { return core_; }
  const cache::Cache* icache() const { return icache_.get(); }  // null when not modelled
  const cache::Cache* dcache() const { return dcache_.get(); }
  void set_personality(Personality* p) { personality_ = p; }
  void set_max_cycles(std::optional<uint64_t> n) { max_cycles_ = n; }

  // Uncached device access over the bus (I/O space), big-endian value.
  uint64_t bus_read(uint32_t paddr, unsigned size);
  void bus_write(uint32_t paddr, unsigned size, uint64_t value);

  bool stopped_by_cycle_limit() const { return hit_cycle_limit_; }
  std::optional<uint32_t> halt_status() const { return halt_status_; }
  const std::string& failure() const { return failure_; }  // host-side error that ended the run

 private:
  void run();
  void end_of_elaboration() override;

  pa::GuestMemory memory_;
  pa::Core core_;
  std::unique_ptr<cache::Cache> icache_, dcache_;
  Personality* personality_ = nullptr;
  sc_core::sc_time period_;
  uint64_t quantum_insns_;
  std::optional<uint64_t> max_cycles_;
  bool hit_cycle_limit_ = false;
  std::optional<uint32_t> halt_status_;
  std::string failure_;
  uint8_t* ram_ = nullptr;
  uint64_t ram_bytes_ = 0;
  tlm_utils::tlm_quantumkeeper quantum_;
};

}  // namespace sim
