/* Pipes between threads, as a self-pipe or a producer and a consumer use
   them: a blocking read of an empty pipe and a blocking write to a full one
   wait for the other thread; poll and select see the pipe become ready or
   time out; O_NONBLOCK answers EAGAIN; a thread blocked in read is
   cancelled; a write to a pipe with no reader gets EPIPE and SIGPIPE. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <unistd.h>

#define TOTAL (200 * 1024) /* more than a pipe holds: the writer must wait */

static int data_pipe[2], wake_pipe[2];

static void *producer(void *arg) {
  (void)arg;
  static unsigned char block[8192];
  for (size_t sent = 0; sent < TOTAL; sent += sizeof block) {
    for (size_t i = 0; i < sizeof block; ++i) block[i] = (unsigned char)((sent + i) * 7);
    if (write(data_pipe[1], block, sizeof block) != (ssize_t)sizeof block) return (void *)1;
  }
  close(data_pipe[1]);
  return 0;
}

static void *waker(void *arg) {
  (void)arg;
  usleep(2000);
  write(wake_pipe[1], "w", 1);
  return 0;
}

static void *blocked_reader(void *arg) {
  char c;
  read(*(int *)arg, &c, 1);
  return (void *)2;
}

static volatile int sigpipes;
static void on_sigpipe(int sig) { (void)sig; sigpipes++; }

int main(int argc, char **argv) {
  /* A producer that fills the pipe faster than the consumer drains it. */
  pipe(data_pipe);
  pthread_t t;
  pthread_create(&t, 0, producer, 0);
  unsigned long sum = 0, got = 0;
  unsigned char buf[3000];
  ssize_t n;
  while ((n = read(data_pipe[0], buf, sizeof buf)) > 0) {
    for (ssize_t i = 0; i < n; ++i) sum = sum * 31 + buf[i];
    got += (unsigned long)n;
  }
  void *res;
  pthread_join(t, &res);
  printf("read %lu bytes, checksum %lx, producer %ld, last read %zd\n", got, sum, (long)res, n);
  close(data_pipe[0]);

  /* poll and select: time out, then see the byte another thread writes. */
  pipe(wake_pipe);
  struct pollfd pfd = {wake_pipe[0], POLLIN, 0};
  printf("poll, nothing yet: %d\n", poll(&pfd, 1, 1));
  pthread_create(&t, 0, waker, 0);
  printf("poll, waiting: %d revents %#x\n", poll(&pfd, 1, 5000), pfd.revents);
  pthread_join(t, 0);
  fd_set rs;
  FD_ZERO(&rs);
  FD_SET(wake_pipe[0], &rs);
  struct timeval tv = {1, 0};
  printf("select, byte there: %d set %d\n", select(wake_pipe[0] + 1, &rs, 0, 0, &tv), FD_ISSET(wake_pipe[0], &rs));
  char c;
  read(wake_pipe[0], &c, 1);
  FD_ZERO(&rs);
  FD_SET(wake_pipe[0], &rs);
  tv.tv_sec = 0;
  tv.tv_usec = 3000;
  printf("select, empty: %d set %d, time left %ld.%06ld\n", select(wake_pipe[0] + 1, &rs, 0, 0, &tv),
         FD_ISSET(wake_pipe[0], &rs), (long)tv.tv_sec, (long)tv.tv_usec);
  tv.tv_sec = 0;
  tv.tv_usec = 1500;
  printf("select as a sleep: %d\n", select(0, 0, 0, 0, &tv));
  FD_ZERO(&rs);
  FD_SET(wake_pipe[1], &rs);
  printf("select, writable: %d\n", select(wake_pipe[1] + 1, 0, &rs, 0, 0));

  /* O_NONBLOCK, as the guest sets and reads it. */
  int fl = fcntl(wake_pipe[0], F_GETFL);
  printf("nonblock before: %d\n", (fl & O_NONBLOCK) != 0);
  fcntl(wake_pipe[0], F_SETFL, fl | O_NONBLOCK);
  errno = 0;
  printf("nonblocking read: %zd errno %s\n", read(wake_pipe[0], &c, 1), errno == EAGAIN ? "EAGAIN" : "other");
  fcntl(wake_pipe[0], F_SETFL, fl);
  printf("nonblock after: %d\n", (fcntl(wake_pipe[0], F_GETFL) & O_NONBLOCK) != 0);

  /* A thread waiting in read is cancelled (read is a cancellation point). */
  pthread_create(&t, 0, blocked_reader, &wake_pipe[0]);
  usleep(1000);
  pthread_cancel(t);
  pthread_join(t, &res);
  printf("reader cancelled: %d\n", res == PTHREAD_CANCELED);

  /* No reader left: EPIPE, and SIGPIPE to the writer. */
  signal(SIGPIPE, on_sigpipe);
  close(wake_pipe[0]);
  errno = 0;
  printf("write, no reader: %zd errno %s sigpipes %d\n", write(wake_pipe[1], "x", 1),
         errno == EPIPE ? "EPIPE" : "other", sigpipes);
  struct rusage ru;
  printf("getrusage: %d, children's time %ld\n", getrusage(RUSAGE_SELF, &ru),
         (getrusage(RUSAGE_CHILDREN, &ru), (long)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec));
  printf("%s %d\n", argv[1], argc);
  return 0;
}
