/* SIGSEGV's si_code follows the mappings, as Linux's do_page_fault decides
   it: SEGV_ACCERR inside a mapping that lacks the right (a store to a
   PROT_READ page, touched before or not; a load from PROT_NONE; a store
   after mprotect took the right away), SEGV_MAPERR outside every mapping
   (after munmap).  A jump into a page without PROT_EXEC is reported with
   its signal and address only: Linux answers SEGV_MAPERR with the privilege
   level in si_addr's low bits, qemu-hppa SEGV_ACCERR without them. */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

static sigjmp_buf env;
static volatile int seen_signo, seen_code;
static void *volatile seen_addr;

static void on_segv(int sig, siginfo_t *si, void *uc) {
  (void)uc;
  seen_signo = sig;
  seen_code = si->si_code;
  seen_addr = si->si_addr;
  siglongjmp(env, 1);
}

static void report(const char *what, volatile char *at) {
  printf("%-22s signal %d code %d addr matches %d\n", what, seen_signo, seen_code, seen_addr == (void *)at);
}

#define TRY(what, at, stmt)                         \
  do {                                              \
    seen_signo = 0;                                 \
    if (sigsetjmp(env, 1) == 0) {                   \
      stmt;                                         \
      printf("%-22s no fault\n", what);             \
    } else {                                        \
      report(what, at);                             \
    }                                               \
  } while (0)

int main(int argc, char **argv) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_segv;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGSEGV, &sa, 0);
  const size_t page = 4096;
  volatile char *ro = mmap(0, 2 * page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  volatile char *none = mmap(0, page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  volatile char *rw = mmap(0, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (ro == MAP_FAILED || none == MAP_FAILED || rw == MAP_FAILED) { puts("mmap failed"); return 1; }

  TRY("store, untouched r/o", ro + 8, ro[8] = 1);
  TRY("load, r/o", ro + page, (void)ro[page]);
  TRY("store, touched r/o", ro + page + 4, ro[page + 4] = 2);
  TRY("load, PROT_NONE", none + 12, (void)none[12]);
  rw[100] = 'x';
  TRY("store, r/w", rw + 100, rw[100] = 'y');
  mprotect((void *)rw, page, PROT_READ);
  TRY("load after mprotect", rw + 100, printf("read back %c\n", rw[100]));
  TRY("store after mprotect", rw + 101, rw[101] = 'z');
  munmap((void *)(rw + page), page);
  TRY("load after munmap", rw + page + 16, (void)rw[page + 16]);
  TRY("store after munmap", rw + page + 20, rw[page + 20] = 3);

  static char data_code[64] __attribute__((aligned(64)));
  seen_signo = 0;
  if (sigsetjmp(env, 1) == 0) {
    ((void (*)(void))data_code)();
    puts("jump into data: returned");
  } else {
    printf("jump into data: signal %d address matches %d\n", seen_signo,
           (void *)((unsigned long)seen_addr & ~3ul) == (void *)data_code);
  }
  printf("%s %d\n", argv[1], argc);
  return 0;
}
