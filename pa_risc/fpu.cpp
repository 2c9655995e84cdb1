#include "pa_risc/fpu.h"

#include "pa_risc/interruptions.h"

namespace pa {

bool fp_execute(CpuState&, const DecodedInsn&) { raise_trap(Interruption::IllegalInstruction); }
uint32_t fp_read_status(CpuState& s) { return s.fp.status(); }
void fp_write_status(CpuState& s, uint32_t value) { s.fp.set_status(value); }
void fp_enter_guest(CpuState&) {}
void fp_leave_guest(CpuState&) {}

}  // namespace pa
