// The register file as gdb's 32-bit "hppa" target numbers it for a remote
// target without a target description: 128 registers of 4 bytes, sent
// big-endian, in the order of gdb's hppa32_register_name() (gdb/hppa-tdep.c;
// `maint print remote-registers` with `set architecture hppa` lists it) and
// of QEMU's target/hppa/gdbstub.c:
//
//    0       flags   the PSW (gdb reads it as the Linux pt_regs gr[0] slot)
//    1..31   r1..r31
//   32       sar     CR11
//   33..36   pcoqh pcsqh pcoqt pcsqt   the IA queues (front offset keeps the privilege bits)
//   37..40   eiem iir isr ior          CR15 CR19 CR20 CR21
//   41       ipsw    the PSW of the stopped program (see below)
//   42       goto    (no such register: reads 0)
//   43..50   sr4 sr0 sr1 sr2 sr3 sr5 sr6 sr7
//   51..63   cr0 cr8 cr9 ccr(cr10) cr12 cr13 cr24 cr25 cr26 cr27 cr28 cr29 cr30
//            (gdb names 60..63 mpsfu_high/low/ovflo/pad; QEMU puts cr27..cr30 there)
//   64..127  fr0..fr31, left (high) then right (low) word: fpsr, fpe1..fpe7, fr4, fr4R, ...
//
// Register 41: gdb's hppa_read_pc() takes $pc as pcoqh - 4 when bit N of
// "ipsw" is set (on HP-UX and Linux that slot holds the interrupted
// program's PSW).  The stopped guest's PSW is the live one, so slot 41
// holds it too; the architectural CR22 (IPSW) is shown by `monitor cr`.
#pragma once
#include <cstdint>

#include "pa_risc/cpu_state.h"

namespace sim::gdb {

constexpr unsigned kRegisterCount = 128;
constexpr unsigned kRegPsw = 0, kRegPcoqHead = 33, kRegIpsw = 41;

uint32_t read_register(const pa::CpuState& s, unsigned n);
// Returns false for a register that does not exist (n >= kRegisterCount).
// Writes to r0 and "goto" are ignored; the IA queue offsets keep the current
// privilege level (gdb writes plain addresses).
bool write_register(pa::CpuState& s, unsigned n, uint32_t value);

}  // namespace sim::gdb
