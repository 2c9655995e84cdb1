// Disassembler: one instruction word to the text GNU objdump prints for it.
//
// The output is exactly what `hppa-linux-gnu-objdump -d` (binutils 2.40, as
// built for a 64-bit host) prints after the tab that follows the hex bytes,
// for a binary without symbols.  That means objdump's syntax throughout:
// the PA-RISC 2.0 mnemonics it prefers for 1.1 instructions ("ldw" for LDWX,
// "cmpb" for COMBT, "b,l" for BL, "extrw,u" for EXTRU, ...), register
// aliases (rp, dp, ret0, ret1, sp), branch targets as "0x<hex>", and "#%8x"
// for words it does not recognise.  PA-RISC 2.0 encodings are disassembled
// too, the way objdump shows them.
#pragma once
#include <cstdint>
#include <string>

namespace pa {

// `address` is the word's own address; it only affects PC-relative branch
// targets (printed as address + 8 + displacement, modulo 2^32).
std::string disassemble(uint32_t word, uint32_t address);

}  // namespace pa
