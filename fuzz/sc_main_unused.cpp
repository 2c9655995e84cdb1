// libsystemc.so calls sc_main from its own main() and so references it;
// a fuzz target has libFuzzer's main and never starts SystemC, but a link
// under the sanitizers must still resolve the reference.
#include <cstdio>
#include <cstdlib>

int sc_main(int, char**) {
  std::fputs("sc_main: not used by fuzz targets\n", stderr);
  std::abort();
}
