// The PA7000 timing model: every cycle beyond one per issued instruction is
// charged to a named cause by a documented rule.  The numbers are
// PA730_TIMING_PARAMS below; configs/hp730.cfg names the source of each.
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

// The timing parameters, once: X(name, default, description).  Each is the
// member TimingParams::name and the configuration key timing.name; the
// defaults are the PA7000's, and configs/hp730.cfg (which names the source
// of each) must hold the same values (tests/unit/test_config.cpp).
#define PA730_TIMING_PARAMS(X)                                                        \
  X(load_latency, 2, "load to use, cycles")                                           \
  X(store_busy, 3, "cycles a store holds the memory port")                            \
  X(fp_alu_latency, 3, "FP ALU latency")                                              \
  X(fp_alu_repeat, 2, "FP ALU repeat rate")                                           \
  X(fp_mul_latency, 3, "FP multiply latency")                                         \
  X(fp_mul_repeat, 2, "FP multiply repeat rate")                                      \
  X(fp_div_sgl, 10, "FDIV,SGL cycles")                                                \
  X(fp_div_dbl, 12, "FDIV,DBL cycles")                                                \
  X(fp_sqrt_sgl, 14, "FSQRT,SGL cycles")                                              \
  X(fp_sqrt_dbl, 18, "FSQRT,DBL cycles")                                              \
  X(fp_load_latency, 2, "FP load latency")                                            \
  X(fcmp_to_ftest, 4, "FCMP to FTEST latency")                                        \
  X(mtsp_cycles, 1, "extra cycles of MTSP")                                           \
  X(mtctl_cycles, 1, "extra cycles of MTCTL")                                         \
  X(rfi_cycles, 2, "extra cycles of RFI")                                             \
  X(interruption_cycles, 2, "extra cycles of interruption entry")

struct TimingParams {
  bool enabled = false;  // functional (1 cycle / instruction) when off
#define PA730_TIMING_MEMBER(name, default_value, description) uint32_t name = default_value;
  PA730_TIMING_PARAMS(PA730_TIMING_MEMBER)
#undef PA730_TIMING_MEMBER
};

}  // namespace pa
