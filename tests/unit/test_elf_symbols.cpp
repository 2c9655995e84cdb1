// Functions of an ELF symbol table name code in reports: an address inside
// a function of known size is "name+offset"; anything else has no name.
#include <catch2/catch.hpp>

#include <string>

#include "sim/elf_image.h"

TEST_CASE("function_at: inside a sized function, at its start, past its end, before the first", "[elf]") {
  sim::ElfImage img;
  img.functions = {{0x1000, 0x20, "first"}, {0x1040, 0x10, "second"}};
  CHECK(img.function_at(0x1000) == "first");
  CHECK(img.function_at(0x101c) == "first+0x1c");
  CHECK(img.function_at(0x1020).empty());  // the gap between them
  CHECK(img.function_at(0x104c) == "second+0xc");
  CHECK(img.function_at(0x1050).empty());
  CHECK(img.function_at(0xfff).empty());
  CHECK(sim::ElfImage{}.function_at(0x1000).empty());
}

// Reading them from a real program is checked end to end: cli/segv expects
// its fault report to name main.
