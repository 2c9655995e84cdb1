// The FP coprocessor, switched lazily as PA kernels do: a thread switch
// disables the coprocessor (CCR) unless the incoming thread owns the
// registers; a user thread's first FP instruction after that traps (assist
// emulation, 22), and the trap moves the owner's registers to its PCB and
// loads the thread's own.  Threads that never touch FP cost nothing.
#pragma once
#include "arch/pcb.h"
#include "kern/thread.h"

// At a switch to `next`: enable the coprocessor only for the owner.
void fpu_switch_to(Thread* next);
// Trap 22 from user context: true if it was a lazy switch (now done).
bool fpu_claim(Thread* self);
void fpu_forget(Thread* t);  // t terminates
