// libsystemc.so's sc_elab_and_sim calls sc_main, so a link that keeps the
// library (every sanitized link: GCC and clang drop --as-needed) must
// resolve it; a fuzz target has libFuzzer's main and never starts SystemC
// (tests/support/sc_main.cpp explains the same for unit_tests).  extern "C",
// as SystemC declares it.
#include <cstdio>
#include <cstdlib>

extern "C" int sc_main(int, char*[]) {
  std::fputs("sc_main: not used by fuzz targets\n", stderr);
  std::abort();
}
