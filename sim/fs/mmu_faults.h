// The one place where the MMU's fault kinds become interruption numbers.
//
// mmu/ is a leaf library that knows access rights, protection ids and the
// T/D/B bits but not the trap numbering of a particular processor; the
// platform, which owns the translation path, maps its faults here.  The
// HP 9000/730's PA7000 (PCX-S, PA-RISC 1.1a) reports data-side access-rights,
// protection-id and unaligned faults all as 18; 26, 27 and 28 came with the
// PA7100 (PCX-T, 1.1b).  Sources and the priority order: docs/mmu.md.
#pragma once
#include <cstdint>

#include "mmu/protection.h"
#include "pa_risc/interruptions.h"

namespace sim {

// Which interruption numbers data-side protection violations use.
enum class TrapModel : uint8_t {
  Pcxs,  // PA7000 (PA-RISC 1.1a): 18 for access rights, protection id, unaligned
  Pcxt,  // PA7100 and later (1.1b+): 26, 27, 28
};

// The interruption `fault` raises on a processor numbering traps as `model`.
// NoTranslation is returned only by mmu::probe(), a non-access instruction.
constexpr pa::Interruption interruption_for(mmu::Fault fault, TrapModel model = TrapModel::Pcxs) {
  using I = pa::Interruption;
  const bool pcxs = model == TrapModel::Pcxs;
  switch (fault) {
    case mmu::Fault::ExecuteRights:
    case mmu::Fault::ExecuteProtectionId: return I::InstructionMemoryProtection;
    case mmu::Fault::AccessRights: return pcxs ? I::DataMemoryProtection : I::DataMemoryAccessRights;
    case mmu::Fault::ProtectionId: return pcxs ? I::DataMemoryProtection : I::DataMemoryProtectionId;
    case mmu::Fault::Unaligned: return pcxs ? I::DataMemoryProtection : I::UnalignedDataReference;
    case mmu::Fault::DataBreak: return I::DataMemoryBreak;
    case mmu::Fault::Dirty: return I::TlbDirtyBit;
    case mmu::Fault::PageReference: return I::PageReference;
    case mmu::Fault::NoTranslation: return I::NonAccessDataTlbMiss;
  }
  return I::DataMemoryProtection;
}

// Raises the interruption for `fault` at space.offset (ISR/IOR).
[[noreturn]] inline void raise_fault(mmu::Fault fault, uint32_t space, uint32_t offset) {
  pa::raise_trap(interruption_for(fault), space, offset);
}

}  // namespace sim
