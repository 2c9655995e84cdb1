// unit_tests runs Catch2's main (tests/unit/main.cpp), not SystemC's, but it
// still needs a definition of sc_main whenever libsystemc.so is linked in:
// the library's sc_elab_and_sim calls sc_main, and GNU ld refuses to link an
// executable while a shared library it needs has an unresolved reference
// (--no-allow-shlib-undefined, the default for executables).  The normal
// build never sees this because GCC passes --as-needed and no unit test uses
// code of libsystemc, so the library is dropped; with -fsanitize=... GCC
// omits --as-needed (its link spec: %{!fsanitize=*:--as-needed}), keeps
// libsystemc.so and the link fails.  Never called: a test that starts
// SystemC's own main would be a bug, so it says so.  extern "C", as
// SystemC declares it (sysc/kernel/sc_externs.h); no SystemC header here,
// so that this file adds no use of the library.
#include <cstdio>

extern "C" int sc_main(int, char*[]) {
  std::fputs("unit_tests: sc_main called; the unit tests run Catch2's main\n", stderr);
  return 1;
}
