// A static PA-RISC ELF32 executable, read with libelf and checked.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace sim {

struct ElfSegment {
  uint32_t vaddr = 0;
  uint32_t memsz = 0;
  uint32_t flags = 0;  // PF_R / PF_W / PF_X
  std::vector<uint8_t> bytes;  // file contents (filesz); the rest of memsz is zero
};

// A function of the symbol table (STT_FUNC), for reports that name code.
struct ElfSymbol {
  uint32_t addr = 0;
  uint32_t size = 0;
  std::string name;
};

struct ElfImage {
  std::string path;
  uint32_t entry = 0;
  uint32_t phdr_vaddr = 0;  // where the program headers are in memory (AT_PHDR)
  uint32_t phnum = 0;
  uint32_t phentsize = 0;
  std::vector<ElfSegment> segments;
  // PT_GNU_STACK asks for an executable stack (GCC's nested-function
  // trampolines need one); without that header Linux makes the stack
  // executable too, as it always did.
  bool executable_stack = true;
  uint32_t end_of_data() const;  // highest byte of any segment, for the initial brk
  // The functions of .symtab by address (empty for a stripped file; a
  // malformed table is ignored, never an error: it only names code).
  std::vector<ElfSymbol> functions;
  // "name+0x1c" for an address inside a function of known size, else "".
  std::string function_at(uint32_t addr) const;
};

// Throws UserError with a one-line reason: missing file, not ELF, not
// 32-bit big-endian PA-RISC, not an executable, dynamically linked, ...
ElfImage load_elf(const std::string& path);

}  // namespace sim
