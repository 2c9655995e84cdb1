# Cross toolchain for guest code: the Mach-like kernel and the workloads run
# on the simulated PA-RISC 1.1 machine.  Debian: g++-12-hppa-linux-gnu,
# binutils-hppa-linux-gnu.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR hppa)
set(CMAKE_C_COMPILER hppa-linux-gnu-gcc-12)
set(CMAKE_CXX_COMPILER hppa-linux-gnu-g++-12)
set(CMAKE_ASM_COMPILER hppa-linux-gnu-gcc-12)
set(CMAKE_AR hppa-linux-gnu-ar)
set(CMAKE_RANLIB hppa-linux-gnu-ranlib)
set(CMAKE_OBJCOPY hppa-linux-gnu-objcopy)
# Freestanding: no host libraries, nothing to run at configure time.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
