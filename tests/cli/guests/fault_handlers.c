/* The siginfo of synchronous signals where Linux/hppa and qemu-hppa 7.2
   disagree, so that no differential test can check it (the cases where
   they agree are in tests/diff/programs/sig_traps.c):
   - an FP assist exception trap: Linux's decode_fpu gives FPE_FLTDIV,
     FPE_FLTOVF, FPE_FLTINV or FPE_FLTRES, qemu 0;
   - an unaligned load once the process asked for SIGBUS (PR_UNALIGN_SIGBUS):
     BUS_ADRALN at the unaligned address (qemu replays nothing, it has no
     prctl for it);
   - a jump into a page without PROT_EXEC: SEGV_MAPERR with the privilege
     level in si_addr's low bits (qemu: SEGV_ACCERR, bits cleared).
   si_addr of an instruction's trap is its address | 3, of a break trap the
   address alone.  Checks itself: status 0 when all hold. */
#define _GNU_SOURCE /* feenableexcept, TRAP_BRKPT */
#include <fenv.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>

static sigjmp_buf env;
static volatile int got_sig, got_code;
static void* volatile got_addr;

static void handler(int sig, siginfo_t* si, void* uc) {
  (void)uc;
  got_sig = sig;
  got_code = si->si_code;
  got_addr = si->si_addr;
  siglongjmp(env, 1);
}

extern char illegal_at[], break_at[];
static char buffer[16] __attribute__((aligned(8)));
static char data_code[32] __attribute__((aligned(32)));

static int check(const char* what, int sig, int code, void* addr) {
  const int ok = got_sig == sig && got_code == code && got_addr == addr;
  printf("%-12s signal %d code %d addr %p: %s\n", what, got_sig, got_code, got_addr, ok ? "ok" : "WRONG");
  got_sig = got_code = 0;
  got_addr = 0;
  return ok;
}

static int fp_trap(const char* what, int except, double (*op)(double, double), double a, double b, int code) {
  feclearexcept(FE_ALL_EXCEPT);
  feenableexcept(except);
  if (!sigsetjmp(env, 1)) (void)op(a, b);
  fedisableexcept(FE_ALL_EXCEPT);
  const int ok = got_sig == SIGFPE && got_code == code;
  printf("%-12s signal %d code %d: %s\n", what, got_sig, got_code, ok ? "ok" : "WRONG");
  got_sig = got_code = 0;
  return ok;
}

static double divide(double a, double b) { volatile double r = a / b; return r; }
static double multiply(double a, double b) { volatile double r = a * b; return r; }

int main(void) {
  struct sigaction sa;
  int ok = 1, v = 0;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = handler;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGILL, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
  sigaction(SIGTRAP, &sa, NULL);
  sigaction(SIGFPE, &sa, NULL);
  sigaction(SIGSEGV, &sa, NULL);

  if (!sigsetjmp(env, 1)) __asm__ volatile("illegal_at: .word 0x1c000000"); /* major opcode 0x07 */
  ok &= check("illegal", SIGILL, ILL_ILLOPC, illegal_at + 3);
  if (!sigsetjmp(env, 1)) __asm__ volatile("break_at: break 4,8" ::: "memory");
  ok &= check("break", SIGTRAP, TRAP_BRKPT, break_at);

  volatile double zero = 0.0, one = 1.0, huge = 1e300, third = 3.0;
  ok &= fp_trap("fp divide", FE_DIVBYZERO, divide, one, zero, FPE_FLTDIV);
  ok &= fp_trap("fp overflow", FE_OVERFLOW, multiply, huge, huge, FPE_FLTOVF);
  ok &= fp_trap("fp invalid", FE_INVALID, divide, zero, zero, FPE_FLTINV);
  ok &= fp_trap("fp inexact", FE_INEXACT, divide, one, third, FPE_FLTRES);
  /* Overflow is inexact too: with only inexact's trap enabled, FPE_FLTRES. */
  ok &= fp_trap("ovf/inexact", FE_INEXACT, multiply, huge, huge, FPE_FLTRES);

  if (!sigsetjmp(env, 1)) ((void (*)(void))data_code)();
  ok &= check("data jump", SIGSEGV, SEGV_MAPERR, data_code + 3);

  prctl(PR_SET_UNALIGN, PR_UNALIGN_SIGBUS);
  if (!sigsetjmp(env, 1)) __asm__ volatile("ldw 0(%1),%0" : "=r"(v) : "r"(buffer + 3));
  ok &= check("unaligned", SIGBUS, BUS_ADRALN, buffer + 3);
  unsigned flags = 0;
  prctl(PR_GET_UNALIGN, &flags);
  ok &= flags == PR_UNALIGN_SIGBUS;
  return ok ? 0 : 1;
}
