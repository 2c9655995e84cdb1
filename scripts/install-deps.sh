#!/usr/bin/env bash
# Install the Debian packages pa730 needs, only those missing (idempotent).
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config
  libsystemc-dev                 # SystemC 2.3.4: the platform's kernel and TLM-2.0
  libboost-program-options-dev   # command line and INI configuration
  libfmt-dev                     # formatted output
  nlohmann-json3-dev             # statistics as JSON
  libelf-dev                     # reading guest ELF executables
  catch2                         # unit tests (v2)
  g++-12-hppa-linux-gnu          # cross compiler for guest code
  binutils-hppa-linux-gnu        # cross assembler/objdump (tests, disassembler reference)
  qemu-user                      # qemu-hppa: the reference for differential tests
  gdb-multiarch                  # debugging guests (pa730 --gdb); the gdb/* tests drive it
  python3                        # our MIG (workloads/mig) generates the guests' RPC stubs at build time
  mig-x86-64-gnu                 # GNU MIG: the oracle tests/mig compares our generated layouts with
  gnumach-dev                    # GNU Mach's headers and .defs, which GNU MIG's output needs
  clang libclang-rt-14-dev       # the sanitized build (clang, libFuzzer, ASan/UBSan runtimes): test_sanitized.sh, fuzz.sh
  llvm                           # llvm-symbolizer: sanitizer reports name functions and lines
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
