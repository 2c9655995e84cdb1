/* dup/dup2/dup3, pipe/pipe2 round trips and fcntl (F_DUPFD, F_GETFD/F_SETFD,
   F_GETFL/F_SETFL with O_NONBLOCK: reading an empty nonblocking pipe gives EAGAIN). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int round_trip(int w, int r, const char *msg)
{
    char buf[64];
    ssize_t n;
    size_t len = strlen(msg);
    if (write(w, msg, len) != (ssize_t)len) return -1;
    n = read(r, buf, sizeof buf - 1);
    if (n < 0) return -1;
    buf[n] = 0;
    printf("round trip %zd bytes: %s\n", n, strcmp(buf, msg) == 0 ? "same" : "different");
    return 0;
}

int main(void)
{
    int p[2], q[2], d, d2, d3, fl, fd;
    char c;
    ssize_t n;

    if (pipe(p) != 0) { printf("pipe failed\n"); return 1; }
    printf("pipe fds distinct %d above stdio %d\n", p[0] != p[1], p[0] > 2 && p[1] > 2);
    round_trip(p[1], p[0], "hello through a pipe");

    d = dup(p[1]);
    printf("dup gives new fd %d\n", d > p[1] || (d > 2 && d != p[0] && d != p[1]));
    round_trip(d, p[0], "via dup");

    d2 = dup2(p[1], 20);
    printf("dup2 to 20 returns %d\n", d2);
    round_trip(20, p[0], "via dup2");
    printf("dup2 same fd returns %d\n", dup2(p[1], p[1]) == p[1]);
    errno = 0;
    printf("dup2 bad fd: %d errno EBADF %d\n", dup2(99, 21), errno == EBADF);

    d3 = dup3(p[1], 22, O_CLOEXEC);
    printf("dup3 to 22 returns %d, FD_CLOEXEC %d\n", d3, (fcntl(22, F_GETFD) & FD_CLOEXEC) != 0);
    errno = 0;
    printf("dup3 same fd: %d errno EINVAL %d\n", dup3(p[1], p[1], 0), errno == EINVAL);
    round_trip(22, p[0], "via dup3");

    fd = fcntl(p[1], F_DUPFD, 30);
    printf("F_DUPFD 30 gives %d\n", fd);
    fd = fcntl(p[1], F_DUPFD, 30);
    printf("F_DUPFD 30 again gives %d\n", fd);
    fd = fcntl(p[1], F_DUPFD_CLOEXEC, 40);
    printf("F_DUPFD_CLOEXEC 40 gives %d, FD_CLOEXEC %d\n", fd, (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
    printf("F_GETFD on pipe %d\n", fcntl(p[0], F_GETFD));
    printf("F_SETFD %d\n", fcntl(p[0], F_SETFD, FD_CLOEXEC));
    printf("F_GETFD after set %d\n", fcntl(p[0], F_GETFD));
    fcntl(p[0], F_SETFD, 0);
    printf("F_GETFD after clear %d\n", fcntl(p[0], F_GETFD));

    fl = fcntl(p[0], F_GETFL);
    printf("read end accmode O_RDONLY %d nonblock %d\n", (fl & O_ACCMODE) == O_RDONLY, (fl & O_NONBLOCK) != 0);
    fl = fcntl(p[1], F_GETFL);
    printf("write end accmode O_WRONLY %d\n", (fl & O_ACCMODE) == O_WRONLY);
    printf("F_SETFL O_NONBLOCK %d\n", fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) | O_NONBLOCK));
    fl = fcntl(p[0], F_GETFL);
    printf("nonblock now %d\n", (fl & O_NONBLOCK) != 0);
    errno = 0;
    n = read(p[0], &c, 1);
    printf("read on empty nonblocking pipe: %zd errno EAGAIN %d\n", n, errno == EAGAIN);
    fcntl(p[0], F_SETFL, fl & ~O_NONBLOCK);
    printf("nonblock cleared %d\n", (fcntl(p[0], F_GETFL) & O_NONBLOCK) == 0);

    if (pipe2(q, O_NONBLOCK | O_CLOEXEC) != 0) { printf("pipe2 failed\n"); return 1; }
    printf("pipe2 cloexec %d %d nonblock %d\n", (fcntl(q[0], F_GETFD) & FD_CLOEXEC) != 0,
           (fcntl(q[1], F_GETFD) & FD_CLOEXEC) != 0, (fcntl(q[0], F_GETFL) & O_NONBLOCK) != 0);
    errno = 0;
    n = read(q[0], &c, 1);
    printf("pipe2 empty read: %zd errno EAGAIN %d\n", n, errno == EAGAIN);
    round_trip(q[1], q[0], "pipe2 data");

    close(q[1]);
    n = read(q[0], &c, 1);
    printf("read after writer closed: %zd\n", n);
    errno = 0;
    printf("close twice: %d %d errno EBADF %d\n", close(q[0]), close(q[0]), errno == EBADF);
    errno = 0;
    printf("fcntl on closed fd: %d errno EBADF %d\n", fcntl(q[0], F_GETFD), errno == EBADF);

    /* stdout duplicated onto a new fd still reaches stdout */
    fflush(stdout);
    d = dup(1);
    n = write(d, "written via dup(1)\n", 19);
    printf("dup(1) write %zd\n", n);
    return 0;
}
