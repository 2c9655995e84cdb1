// Floating-point coprocessor operations (PA-RISC 1.1, as a Linux user
// program sees them).  Loads and stores of FP registers live in the core,
// which owns addressing; everything else is here.
#pragma once
#include <cstdint>

#include "pa_risc/cpu_state.h"
#include "pa_risc/decoded_insn.h"

namespace pa {

// Execute one FP operation (FCPY ... FMPYSUB, FTEST).  Returns true when the
// following instruction is to be nullified (FTEST).  Raises AssistException
// for an enabled IEEE exception and IllegalInstruction for reserved forms.
bool fp_execute(CpuState& s, const DecodedInsn& d);

// The status register as the program sees it (FSTW/FSTD of fr0), including
// flags raised by operations since the last call.
uint32_t fp_read_status(CpuState& s);
// A program load of fr0's left half (FLDW/FLDD of fr0).
void fp_write_status(CpuState& s, uint32_t value);

// Run-loop brackets: install the guest's rounding mode on the host FPU on
// entry, collect flags and restore the host environment on exit.
void fp_enter_guest(CpuState& s);
void fp_leave_guest(CpuState& s);

}  // namespace pa
