#include "sim/cpu_module.h"

#include <algorithm>

namespace sim {

CpuModule::CpuModule(sc_core::sc_module_name name, const MachineConfig& cfg)
    : sc_module(name),
      socket("socket"),
      memory_(nullptr),
      core_(memory_),
      period_(1000.0 / cfg.clock_mhz, sc_core::SC_NS),
      quantum_cycles_(cfg.quantum_cycles) {
  SC_HAS_PROCESS(CpuModule);
  SC_THREAD(run);
  tlm_utils::tlm_quantumkeeper::set_global_quantum(period_ * static_cast<double>(cfg.quantum_cycles));
  quantum_.reset();
  core_.set_timing(cfg.timing);
  // The caches only matter to timed runs (they change cycles, never results).
  if (cfg.timing.enabled && cfg.icache.enabled) icache_ = std::make_unique<cache::Cache>(cfg.icache.geometry);
  if (cfg.timing.enabled && cfg.dcache.enabled) dcache_ = std::make_unique<cache::Cache>(cfg.dcache.geometry);
}

void CpuModule::end_of_elaboration() {
  // RAM sits at physical address 0: take one DMI pointer for all of it.
  tlm::tlm_generic_payload trans;
  tlm::tlm_dmi dmi;
  trans.set_address(0);
  trans.set_command(tlm::TLM_READ_COMMAND);
  if (socket->get_direct_mem_ptr(trans, dmi) && dmi.is_read_write_allowed()) {
    ram_ = dmi.get_dmi_ptr();
    ram_bytes_ = dmi.get_end_address() - dmi.get_start_address() + 1;
    core_.set_caches(icache_.get(), dcache_.get(), ram_);
  }
}

namespace {
void bus_transport(tlm_utils::simple_initiator_socket<CpuModule>& socket, tlm::tlm_command cmd,
                   uint32_t paddr, unsigned char* data, unsigned size) {
  tlm::tlm_generic_payload trans;
  sc_core::sc_time delay = sc_core::SC_ZERO_TIME;
  trans.set_command(cmd);
  trans.set_address(paddr);
  trans.set_data_ptr(data);
  trans.set_data_length(size);
  trans.set_streaming_width(size);
  socket->b_transport(trans, delay);
  // No device answers there: the bus times out, a machine check on a 730.
  if (!trans.is_response_ok()) pa::raise_trap(pa::Interruption::HighPriorityMachineCheck, 0, paddr);
}
}  // namespace

uint64_t CpuModule::bus_read(uint32_t paddr, unsigned size) {
  unsigned char buf[8] = {};
  bus_transport(socket, tlm::TLM_READ_COMMAND, paddr, buf, size);
  uint64_t v = 0;
  for (unsigned i = 0; i < size; ++i) v = (v << 8) | buf[i];
  return v;
}

void CpuModule::bus_write(uint32_t paddr, unsigned size, uint64_t value) {
  unsigned char buf[8];
  for (unsigned i = 0; i < size; ++i) buf[i] = static_cast<unsigned char>(value >> (8 * (size - 1 - i)));
  bus_transport(socket, tlm::TLM_WRITE_COMMAND, paddr, buf, size);
}

void CpuModule::run() {
  try {
    if (!ram_) throw std::runtime_error("no DMI access to RAM");
    personality_->boot(core_, ram_, ram_bytes_);
    for (;;) {
      uint64_t budget = std::min(quantum_cycles_, std::max<uint64_t>(1, personality_->cycles_until_event(core_)));
      if (max_cycles_) {
        const uint64_t used = core_.state().cycles;
        if (used >= *max_cycles_) {
          hit_cycle_limit_ = true;
          break;
        }
        budget = std::min(budget, *max_cycles_ - used);
      }
      if (control_ && (budget = control_->before_run(core_, budget)) == 0) {
        ended_by_control_ = true;
        break;
      }
      const uint64_t before = core_.state().cycles;
      const pa::RunResult r = core_.run(budget);
      quantum_.inc(period_ * static_cast<double>(core_.state().cycles - before));
      if (quantum_.need_sync()) quantum_.sync();
      if (r.reason == pa::StopReason::Halt) {
        halt_status_ = r.halt_status;
        break;
      }
      if (r.reason == pa::StopReason::Trap && !personality_->on_trap(core_, r)) break;
      if (r.reason == pa::StopReason::BudgetExhausted && !personality_->on_quantum(core_)) break;
    }
  } catch (const pa::GuestHang& h) {
    hang_ = h.reason;
  } catch (const std::exception& e) {
    failure_ = e.what();
  }
  if (control_) control_->on_end(core_);
  quantum_.sync();
  sc_core::sc_stop();
}

}  // namespace sim
