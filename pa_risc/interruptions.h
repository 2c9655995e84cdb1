// PA-RISC 1.1 interruption numbers (the vector slot: IVA + 32 * number).
#pragma once
#include <cstdint>
#include <string>

namespace pa {

enum class Interruption : uint8_t {
  HighPriorityMachineCheck = 1,
  PowerFail = 2,
  RecoveryCounter = 3,
  External = 4,
  LowPriorityMachineCheck = 5,
  InstructionTlbMiss = 6,
  InstructionMemoryProtection = 7,
  IllegalInstruction = 8,
  Break = 9,
  PrivilegedOperation = 10,
  PrivilegedRegister = 11,
  Overflow = 12,
  Conditional = 13,
  AssistException = 14,
  DataTlbMiss = 15,
  NonAccessInstructionTlbMiss = 16,
  NonAccessDataTlbMiss = 17,
  DataMemoryProtection = 18,
  DataMemoryBreak = 19,
  TlbDirtyBit = 20,
  PageReference = 21,
  AssistEmulation = 22,
  HigherPrivilegeTransfer = 23,
  LowerPrivilegeTransfer = 24,
  TakenBranch = 25,
  DataMemoryAccessRights = 26,
  DataMemoryProtectionId = 27,
  UnalignedDataReference = 28,
};

const char* interruption_name(Interruption i);

// Thrown by an instruction that cannot complete; the instruction has had no
// architectural effect.  The run loop catches it at the instruction boundary.
struct GuestTrap {
  Interruption code;
  uint32_t space = 0;   // ISR for data-side faults
  uint32_t offset = 0;  // IOR for data-side faults
};

// Thrown by a store to the simulator's halt device: the guest asks to end
// the simulation with this status.  The store itself does not complete.
struct HaltRequest {
  uint32_t status;
};

// Thrown when the guest can no longer make progress: interruptions taken
// one after another with no instruction completing (Core::deliver).  The
// hardware would spin there forever.
struct GuestHang {
  std::string reason;
};

[[noreturn]] inline void raise_trap(Interruption code, uint32_t space = 0, uint32_t offset = 0) {
  throw GuestTrap{code, space, offset};
}

}  // namespace pa
