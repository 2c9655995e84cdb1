/* Signals from traps of one instruction, each caught by an SA_SIGINFO
   handler: SIGILL (illegal opcode, privileged operation, privileged
   register), SIGTRAP (break), SIGFPE (overflow, conditional trap) and SIGBUS
   (LDCW, which Linux does not replay, on an unaligned word).  The handler
   prints si_code, si_addr relative to the trapping instruction (for SIGBUS,
   to the unaligned word) and the sigcontext's IAOQ: Linux/hppa reports the
   instruction address with the user privilege level, 3, in its low bits,
   except for break.  It then resumes after the instruction by advancing the
   IAOQ in the ucontext and returning through rt_sigreturn. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

extern char at_ill[], at_priv_op[], at_priv_reg[], at_break[], at_ovf[], at_cond[], at_ldcw[];

static const char *volatile expect_name;
static char *volatile expect_at;
static void *volatile expect_data; /* SIGBUS: the unaligned word */
static volatile int handled;

static void on_trap(int sig, siginfo_t *si, void *ctx) {
  ucontext_t *uc = ctx;
  mcontext_t *sc = &uc->uc_mcontext;
  long addr_off = (long)((char *)si->si_addr - expect_at);
  long iaoq_off = (long)((char *)sc->sc_iaoq[0] - expect_at);
  if (sig == SIGBUS) addr_off = (long)((char *)si->si_addr - (char *)expect_data);
  printf("%-10s signal %2d code %d errno %d si_addr %+ld iaoq %+ld back %+ld\n", expect_name, sig,
         si->si_code, si->si_errno, addr_off, iaoq_off, (long)((char *)sc->sc_iaoq[1] - expect_at));
  /* Skip the trapping instruction, as a debugger or an emulator would. */
  sc->sc_iaoq[0] = sc->sc_iaoq[1];
  sc->sc_iaoq[1] += 4;
  handled++;
}

static void expect(const char *name, char *at, void *data) {
  expect_name = name;
  expect_at = at;
  expect_data = data;
}

static char unaligned_buf[16] __attribute__((aligned(16)));

int main(int argc, char **argv) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_trap;
  sa.sa_flags = SA_SIGINFO;
  int sigs[] = {SIGILL, SIGTRAP, SIGFPE, SIGBUS};
  for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; ++i) sigaction(sigs[i], &sa, 0);

  expect("illegal", at_ill, 0);
  __asm__ volatile("at_ill: .word 0x00000fff");
  expect("priv-op", at_priv_op, 0);
  __asm__ volatile("at_priv_op: rfi\n\tnop");
  expect("priv-reg", at_priv_reg, 0);
  __asm__ volatile("at_priv_reg: mfctl %%cr17,%%r1" ::: "r1");
  expect("break", at_break, 0);
  __asm__ volatile("at_break: break 4,11");
  volatile int big = 0x7fffffff - (argc - 4);
  int sum = 0;
  expect("overflow", at_ovf, 0);
  __asm__ volatile("at_ovf: addo %1,%1,%0" : "=r"(sum) : "r"(big));
  expect("condition", at_cond, 0);
  __asm__ volatile("at_cond: addi,tc,= 0,%%r0,%%r1" ::: "r1");
  char *word = unaligned_buf + 2 + (argc - 4);
  expect("ldcw", at_ldcw, word);
  __asm__ volatile("at_ldcw: ldcw 0(%0),%%r1" : : "r"(word) : "r1", "memory");
  printf("handled %d traps; %s %s\n", handled, argv[1], argv[3]);
  return handled == 7 ? 0 : 1;
}
