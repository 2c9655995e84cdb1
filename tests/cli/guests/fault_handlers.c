/* Handlers for SIGILL, SIGTRAP and SIGBUS get the siginfo Linux/hppa
   gives: an illegal instruction ILL_ILLOPC, a privileged one ILL_PRVOPC, a
   BREAK TRAP_BRKPT, each at the faulting pc; an unaligned load, once the
   process asked for SIGBUS, BUS_ADRALN at the unaligned address.  Checks
   itself: status 0 when all hold.  (qemu-hppa 7.2 stops on an illegal
   instruction or a BREAK instead of raising the signal, so this cannot be
   a differential test.) */
#define _GNU_SOURCE  /* TRAP_BRKPT */
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

extern char illegal_at[], privileged_at[], break_at[];
static char buffer[16] __attribute__((aligned(8)));

int main(void) {
  struct sigaction sa;
  int ok = 1, v = 0;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = handler;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGILL, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
  sigaction(SIGTRAP, &sa, NULL);

  if (!sigsetjmp(env, 1)) __asm__ volatile("illegal_at: .word 0x1c000000");  /* major opcode 0x07 */
  ok &= got_sig == SIGILL && got_code == ILL_ILLOPC && got_addr == (void*)illegal_at;
  printf("illegal: signal %d code %d at the instruction: %d\n", got_sig, got_code, got_addr == (void*)illegal_at);

  if (!sigsetjmp(env, 1)) __asm__ volatile("privileged_at: rsm 0,%%r0" ::: "memory");
  ok &= got_sig == SIGILL && got_code == ILL_PRVOPC && got_addr == (void*)privileged_at;
  printf("privileged: signal %d code %d at the instruction: %d\n", got_sig, got_code,
         got_addr == (void*)privileged_at);

  if (!sigsetjmp(env, 1)) __asm__ volatile("break_at: break 4,8" ::: "memory");
  ok &= got_sig == SIGTRAP && got_code == TRAP_BRKPT && got_addr == (void*)break_at;
  printf("break: signal %d code %d at the instruction: %d\n", got_sig, got_code, got_addr == (void*)break_at);

  prctl(PR_SET_UNALIGN, PR_UNALIGN_SIGBUS);
  if (!sigsetjmp(env, 1)) __asm__ volatile("ldw 0(%1),%0" : "=r"(v) : "r"(buffer + 3));
  ok &= got_sig == SIGBUS && got_code == BUS_ADRALN && got_addr == (void*)(buffer + 3);
  printf("unaligned: signal %d code %d at the address: %d\n", got_sig, got_code, got_addr == (void*)(buffer + 3));
  unsigned flags = 0;
  prctl(PR_GET_UNALIGN, &flags);
  ok &= flags == PR_UNALIGN_SIGBUS;
  return ok ? 0 : 1;
}
