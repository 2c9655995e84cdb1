/* Threads that share work through the NPTL primitives: a mutex-protected
 * counter, a condition variable passing a turn, a barrier, a reader-writer
 * lock, POSIX semaphores, thread-specific data and joins with values.
 * The output depends on nothing the scheduler decides. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>

enum { kThreads = 4, kIncrements = 20000 };
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t turn_changed = PTHREAD_COND_INITIALIZER;
static pthread_barrier_t barrier;
static pthread_rwlock_t table_lock = PTHREAD_RWLOCK_INITIALIZER;
static pthread_key_t key;
static sem_t items, slots;
static long counter, table[kThreads], produced[64];
static int turn, order[kThreads], finished, keys_destroyed, in_pos, out_pos;

static void key_destructor(void* v) {
  pthread_mutex_lock(&lock);
  keys_destroyed += (int)(long)v;
  pthread_mutex_unlock(&lock);
}

static void* worker(void* arg) {
  int id = (int)(long)arg;
  pthread_setspecific(key, (void*)(long)(id + 1));
  for (int i = 0; i < kIncrements; ++i) {
    pthread_mutex_lock(&lock);
    ++counter;
    pthread_mutex_unlock(&lock);
  }
  pthread_rwlock_wrlock(&table_lock);
  table[id] = id * id;
  pthread_rwlock_unlock(&table_lock);
  pthread_barrier_wait(&barrier);  /* every table entry is written past here */
  long seen = 0;
  pthread_rwlock_rdlock(&table_lock);
  for (int i = 0; i < kThreads; ++i) seen += table[i];
  pthread_rwlock_unlock(&table_lock);

  pthread_mutex_lock(&lock);
  while (turn != id) pthread_cond_wait(&turn_changed, &lock);
  order[finished++] = id;
  ++turn;
  pthread_cond_broadcast(&turn_changed);
  pthread_mutex_unlock(&lock);
  return (void*)(seen * 10 + id);
}

static void* producer(void* arg) {
  (void)arg;
  for (long i = 0; i < 64; ++i) {
    sem_wait(&slots);
    produced[in_pos++ % 64] = i * 3;
    sem_post(&items);
  }
  return NULL;
}

int main(void) {
  pthread_barrier_init(&barrier, NULL, kThreads);
  pthread_key_create(&key, key_destructor);
  pthread_t t[kThreads];
  for (long i = kThreads - 1; i >= 0; --i)
    if (pthread_create(&t[i], NULL, worker, (void*)i) != 0) {
      puts("pthread_create failed");
      return 1;
    }
  long values[kThreads];
  for (int i = 0; i < kThreads; ++i) {
    void* r;
    pthread_join(t[i], &r);
    values[i] = (long)r;
  }
  printf("counter %ld of %d\n", counter, kThreads * kIncrements);
  printf("turns:");
  for (int i = 0; i < kThreads; ++i) printf(" %d", order[i]);
  printf("\njoin values:");
  for (int i = 0; i < kThreads; ++i) printf(" %ld", values[i]);
  printf("\nkey destructors saw %d\n", keys_destroyed);

  /* A bounded buffer of 8 slots between a producer and this thread. */
  sem_init(&items, 0, 0);
  sem_init(&slots, 0, 8);
  pthread_t p;
  pthread_create(&p, NULL, producer, NULL);
  long sum = 0;
  for (int i = 0; i < 64; ++i) {
    sem_wait(&items);
    sum += produced[out_pos++ % 64];
    sem_post(&slots);
  }
  pthread_join(p, NULL);
  int v;
  sem_getvalue(&slots, &v);
  printf("consumed sum %ld, free slots %d\n", sum, v);

  /* A detached thread and a trylock that must fail while it is held. */
  pthread_mutex_lock(&lock);
  printf("trylock while held: %s\n", pthread_mutex_trylock(&lock) ? "busy" : "acquired");
  pthread_mutex_unlock(&lock);
  return 0;
}
