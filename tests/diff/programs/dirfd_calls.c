/* pa730-se: --set se.allow_writes=true */
/* The *at calls relative to directory descriptors (openat, fstatat, mkdirat,
   renameat, unlinkat, faccessat, readlinkat), fchdir through a dup of one,
   and their errors: ENOTDIR for a file's descriptor, EBADF for a bad one
   (an absolute path ignores the descriptor).  Removes all it creates. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
    char buf[PATH_MAX], *slash;
    struct stat st;
    ssize_t n;
    int root, d, dd, fd;

    root = open("/", O_RDONLY | O_DIRECTORY);
    printf("open / %d\n", root >= 0);
    n = readlinkat(root, "bin", buf, sizeof buf - 1);
    if (n >= 0) buf[n] = 0;
    printf("readlinkat(/, bin): %s\n", n >= 0 ? buf : errno == EINVAL ? "not a link" : "error");
    printf("fstatat(/, etc) dir %d\n", fstatat(root, "etc", &st, 0) == 0 && S_ISDIR(st.st_mode));
    printf("faccessat(/, etc/passwd) %d\n", faccessat(root, "etc/passwd", F_OK, 0));

    printf("mkdir d %d\n", mkdir("d", 0755));
    d = open("d", O_RDONLY | O_DIRECTORY);
    fd = openat(d, "f", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    printf("openat(d, f) for writing %d, write %zd\n", fd >= 0, write(fd, "abc", 3));
    close(fd);
    printf("fstatat(d, f) size %ld\n", fstatat(d, "f", &st, 0) == 0 ? (long)st.st_size : -1L);
    printf("stat d/f size %ld\n", stat("d/f", &st) == 0 ? (long)st.st_size : -1L);
    printf("mkdirat(d, sub) %d\n", mkdirat(d, "sub", 0755));
    printf("renameat(d, f, d, sub/g) %d\n", renameat(d, "f", d, "sub/g"));
    errno = 0;
    printf("faccessat(d, f) %d ENOENT %d\n", faccessat(d, "f", F_OK, 0), errno == ENOENT);
    printf("faccessat(d, sub/g) %d\n", faccessat(d, "sub/g", F_OK, 0));

    dd = dup(d);
    printf("fchdir(dup of d) %d\n", fchdir(dd));
    slash = getcwd(buf, sizeof buf) ? strrchr(buf, '/') : NULL;
    printf("cwd ends in %s\n", slash ? slash : "(null)");
    fd = open("sub/g", O_RDONLY);
    n = read(fd, buf, sizeof buf);
    buf[n < 0 ? 0 : n] = 0;
    printf("read sub/g from there: %s\n", buf);
    close(fd);
    printf("chdir .. %d\n", chdir(".."));

    fd = openat(d, "../d/x", O_WRONLY | O_CREAT | O_EXCL, 0600);
    printf("openat(d, ../d/x) %d\n", fd >= 0);
    close(fd);
    printf("fstatat(AT_FDCWD, d/x) %d\n", fstatat(AT_FDCWD, "d/x", &st, 0));
    errno = 0;
    printf("unlinkat(d, sub) without AT_REMOVEDIR %d EISDIR %d\n", unlinkat(d, "sub", 0), errno == EISDIR);
    printf("unlinkat(d, x) %d\n", unlinkat(d, "x", 0));
    printf("unlinkat(d, sub/g) %d\n", unlinkat(d, "sub/g", 0));
    printf("unlinkat(d, sub, AT_REMOVEDIR) %d\n", unlinkat(d, "sub", AT_REMOVEDIR));
    close(d);
    close(dd);
    printf("rmdir d %d\n", rmdir("d"));

    fd = open("/etc/passwd", O_RDONLY);
    errno = 0;
    printf("openat(file fd, x) %d ENOTDIR %d\n", openat(fd, "x", O_RDONLY), errno == ENOTDIR);
    close(fd);
    errno = 0;
    printf("openat(99, x) %d EBADF %d\n", openat(99, "x", O_RDONLY), errno == EBADF);
    fd = openat(99, "/etc/passwd", O_RDONLY);
    printf("openat(99, /etc/passwd) ignores the fd %d\n", fd >= 0);
    close(fd);
    return 0;
}
