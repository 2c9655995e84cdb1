// The PA7000 timing model: every cycle beyond one per issued instruction is
// charged to a named cause by a documented rule.  All numbers come from
// configs/hp730.cfg (each key there names its source).
#pragma once
#include <cstdint>

namespace pa {

// How an instruction uses the pipeline, decided once at predecode.
enum class TimingClass : uint8_t {
  Plain,        // one cycle, integer unit
  Load,         // integer load: result after load_latency cycles
  Store,        // holds the memory port (store rule)
  LoadStore,    // LDCW: both
  FpLoad,       // FLDW/FLDD
  FpStore,      // FSTW/FSTD
  FpAlu,        // FADD FSUB FCPY FABS FCNV* FCMP FRND
  FpMul,        // FMPY XMPYU
  FpMulAdd,     // FMPYADD FMPYSUB: both units
  FpDivSgl, FpDivDbl, FpSqrtSgl, FpSqrtDbl,
  FpTest,       // FTEST: reads the compare bit
  MoveToSpace,  // MTSP
  MoveToControl,// MTCTL
  Rfi,          // RFI/RFIR
  SystemMem,    // cache/TLB maintenance
  Count
};

// Stall causes, for statistics.
enum class StallCause : uint8_t {
  LoadUse, StoreRule, FpResult, FpUnitBusy, ICacheMiss, DCacheMiss, TlbMiss,
  SpaceRegister, ControlRegister, Rfi, InterruptionEntry, Count
};
const char* stall_cause_name(StallCause c);
const char* stall_cause_description(StallCause c);

struct TimingParams {
  bool enabled = false;            // functional (1 cycle / instruction) when off
  uint32_t load_latency = 2;       // cycles from load issue to a dependent instruction
  uint32_t store_busy = 3;         // cycles a store holds the memory port
  uint32_t fp_alu_latency = 3, fp_alu_repeat = 2;
  uint32_t fp_mul_latency = 3, fp_mul_repeat = 2;
  uint32_t fp_div_sgl = 10, fp_div_dbl = 12, fp_sqrt_sgl = 14, fp_sqrt_dbl = 18;
  uint32_t fp_load_latency = 2;
  uint32_t fcmp_to_ftest = 4;
  uint32_t mtsp_cycles = 1;        // extra cycles of MTSP
  uint32_t mtctl_cycles = 1;       // extra cycles of MTCTL
  uint32_t rfi_cycles = 2;         // extra cycles of RFI
  uint32_t interruption_cycles = 2;// extra cycles to enter an interruption handler
};

}  // namespace pa
