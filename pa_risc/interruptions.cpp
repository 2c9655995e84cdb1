#include "pa_risc/interruptions.h"

namespace pa {

const char* interruption_name(Interruption i) {
  switch (i) {
    case Interruption::HighPriorityMachineCheck: return "high-priority machine check";
    case Interruption::PowerFail: return "power fail";
    case Interruption::RecoveryCounter: return "recovery counter trap";
    case Interruption::External: return "external interrupt";
    case Interruption::LowPriorityMachineCheck: return "low-priority machine check";
    case Interruption::InstructionTlbMiss: return "instruction TLB miss fault";
    case Interruption::InstructionMemoryProtection: return "instruction memory protection trap";
    case Interruption::IllegalInstruction: return "illegal instruction trap";
    case Interruption::Break: return "break instruction trap";
    case Interruption::PrivilegedOperation: return "privileged operation trap";
    case Interruption::PrivilegedRegister: return "privileged register trap";
    case Interruption::Overflow: return "overflow trap";
    case Interruption::Conditional: return "conditional trap";
    case Interruption::AssistException: return "assist exception trap";
    case Interruption::DataTlbMiss: return "data TLB miss fault";
    case Interruption::NonAccessInstructionTlbMiss: return "non-access instruction TLB miss fault";
    case Interruption::NonAccessDataTlbMiss: return "non-access data TLB miss fault";
    case Interruption::DataMemoryProtection: return "data memory protection trap";
    case Interruption::DataMemoryBreak: return "data memory break trap";
    case Interruption::TlbDirtyBit: return "TLB dirty bit trap";
    case Interruption::PageReference: return "page reference trap";
    case Interruption::AssistEmulation: return "assist emulation trap";
    case Interruption::HigherPrivilegeTransfer: return "higher-privilege transfer trap";
    case Interruption::LowerPrivilegeTransfer: return "lower-privilege transfer trap";
    case Interruption::TakenBranch: return "taken branch trap";
    case Interruption::DataMemoryAccessRights: return "data memory access rights trap";
    case Interruption::DataMemoryProtectionId: return "data memory protection ID trap";
    case Interruption::UnalignedDataReference: return "unaligned data reference trap";
  }
  return "unknown interruption";
}

}  // namespace pa
