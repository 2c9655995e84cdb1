#include "pa_risc/timing.h"

namespace pa {

const char* stall_cause_name(StallCause c) {
  switch (c) {
    case StallCause::LoadUse: return "load_use";
    case StallCause::StoreRule: return "store_rule";
    case StallCause::FpResult: return "fp_result";
    case StallCause::FpUnitBusy: return "fp_unit_busy";
    case StallCause::ICacheMiss: return "icache_miss";
    case StallCause::DCacheMiss: return "dcache_miss";
    case StallCause::TlbMiss: return "tlb_miss";
    case StallCause::SpaceRegister: return "mtsp";
    case StallCause::ControlRegister: return "mtctl";
    case StallCause::Rfi: return "rfi";
    case StallCause::InterruptionEntry: return "interruption_entry";
    case StallCause::Count: break;
  }
  return "unknown";
}

const char* stall_cause_description(StallCause c) {
  switch (c) {
    case StallCause::LoadUse: return "cycles waiting for a load result (load-use interlock)";
    case StallCause::StoreRule: return "cycles a load/store waited for the memory port after a store";
    case StallCause::FpResult: return "cycles waiting for an FP result or the FCMP compare bit";
    case StallCause::FpUnitBusy: return "cycles waiting for a busy FP unit (repeat rate, divide, sqrt)";
    case StallCause::ICacheMiss: return "cycles of instruction-cache misses";
    case StallCause::DCacheMiss: return "cycles of data-cache misses, dirty-victim write-backs included";
    case StallCause::TlbMiss: return "cycles of TLB refills done by the simulator (syscall emulation's stand-in)";
    case StallCause::SpaceRegister: return "extra cycles of MTSP";
    case StallCause::ControlRegister: return "extra cycles of MTCTL";
    case StallCause::Rfi: return "extra cycles of RFI/RFIR";
    case StallCause::InterruptionEntry: return "extra cycles entering interruption handlers";
    case StallCause::Count: break;
  }
  return "";
}

}  // namespace pa
