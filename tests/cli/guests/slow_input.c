/* One thread reads standard input, which a shell pipeline feeds late,
   while another computes: the reader waits and the other thread runs
   meanwhile (input_threads.sh checks both).  Prints what it read. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static volatile long ticks;
static volatile int done;

static void *spin(void *arg) {
  (void)arg;
  while (!done) ticks++;
  return 0;
}

int main(void) {
  pthread_t t;
  pthread_create(&t, 0, spin, 0);
  char buf[64];
  const ssize_t n = read(0, buf, sizeof buf - 1);
  done = 1;
  pthread_join(t, 0);
  buf[n > 0 ? n : 0] = 0;
  printf("read %zd bytes '%s', the other thread ran: %d\n", n, buf, ticks > 0);
  return 0;
}
