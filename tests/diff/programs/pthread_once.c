#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int inits;
static void init(void) { ++inits; }

static void* worker(void* arg) {
  pthread_once(&once, init);
  return arg;
}

int main(void) {
  pthread_once(&once, init);
  pthread_once(&once, init);
  pthread_t t[3];
  for (long i = 0; i < 3; ++i) pthread_create(&t[i], NULL, worker, (void*)i);
  for (int i = 0; i < 3; ++i) pthread_join(t[i], NULL);
  printf("init ran %d time(s)\n", inits);
  return inits == 1 ? 0 : 1;
}
