/* pa730-se: --set se.allow_writes=true */
/* The process attributes and file calls programs use beside read and
   write: nice and the scheduling policy, umask, clocks and their
   resolution, pread/pwrite/readv, fsync, flock, posix_fadvise, mlock,
   wait with no child, personality. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char *err(long r) { return r < 0 ? strerror(errno) : "ok"; }

int main(int argc, char **argv) {
  errno = 0;
  printf("priority %d\n", getpriority(PRIO_PROCESS, 0));
  printf("nice(3) -> %d, priority %d\n", nice(3), getpriority(PRIO_PROCESS, 0));
  printf("scheduler %d, max FIFO %d, min RR %d, max OTHER %d\n", sched_getscheduler(0),
         sched_get_priority_max(SCHED_FIFO), sched_get_priority_min(SCHED_RR), sched_get_priority_max(SCHED_OTHER));
  struct sched_param sp = {0};
  printf("getparam %d priority %d\n", sched_getparam(0, &sp), sp.sched_priority);
  struct timespec rr;
  printf("rr interval %d\n", sched_rr_get_interval(0, &rr));

  mode_t old = umask(027);
  printf("umask was %03o, now %03o\n", old, umask(old));

  struct timespec res, cpu;
  printf("res monotonic %d %ld ns, realtime %d %ld ns\n", clock_getres(CLOCK_MONOTONIC, &res), res.tv_nsec,
         clock_getres(CLOCK_REALTIME, &res), res.tv_nsec);
  errno = 0;
  printf("bad clock %d %s\n", clock_gettime((clockid_t)99, &cpu), err(-1));
  volatile double x = 0;
  for (int i = 0; i < 20000; ++i) x += i;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
  printf("process cpu time > 0: %d\n", cpu.tv_sec > 0 || cpu.tv_nsec > 0);
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
  printf("thread cpu time > 0: %d\n", cpu.tv_sec > 0 || cpu.tv_nsec > 0);

  int fd = open("attrs.tmp", O_RDWR | O_CREAT | O_TRUNC, 0644);
  printf("pwrite %zd\n", pwrite(fd, "0123456789abcdef", 16, 100));
  char a[5] = {0}, b[7] = {0};
  printf("pread %zd '%s'\n", pread(fd, a, 4, 106), a);
  lseek(fd, 100, SEEK_SET);
  struct iovec iov[2] = {{a, 4}, {b, 6}};
  printf("readv %zd '%s' '%s', offset now %ld\n", readv(fd, iov, 2), a, b, (long)lseek(fd, 0, SEEK_CUR));
  printf("fsync %d, fdatasync %d\n", fsync(fd), fdatasync(fd));
  printf("flock %d, unlock %d\n", flock(fd, LOCK_EX | LOCK_NB), flock(fd, LOCK_UN));
  printf("fadvise %d, bad advice %d\n", posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL), posix_fadvise(fd, 0, 0, 99));
  struct stat st;
  fstat(fd, &st);
  printf("file mode %03o (umask applied)\n", st.st_mode & 0777);
  close(fd);
  unlink("attrs.tmp");

  int p[2];
  pipe(p);
  errno = 0;
  printf("pread on a pipe %zd %s\n", pread(p[0], a, 1, 0), err(-1));
  errno = 0;
  printf("fsync on a pipe %d %s\n", fsync(p[1]), err(-1));
  printf("fadvise on a pipe %d\n", posix_fadvise(p[0], 0, 0, POSIX_FADV_NORMAL));

  static char locked[4096];
  printf("mlock %d, munlock %d\n", mlock(locked, sizeof locked), munlock(locked, sizeof locked));
  errno = 0;
  printf("wait %d %s\n", (int)wait(0), err(-1));
  printf("personality %#x\n", personality(0xffffffff));
  printf("%s %d\n", argv[1], argc);
  return 0;
}
