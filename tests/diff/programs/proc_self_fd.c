/* /proc/self/exe and /proc/self/fd/N (and /dev/fd/N, a link to it) name the
   program's own executable and descriptors: open, stat and readlink.  (Not
   stat of /proc/self/exe: qemu-hppa answers with its own binary's.) */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int elf_magic(const char *path)
{
    char m[4] = {0};
    int fd = open(path, O_RDONLY), ok;
    if (fd < 0) return -errno;
    ok = read(fd, m, 4) == 4 && memcmp(m, "\177ELF", 4) == 0;
    close(fd);
    return ok;
}

int main(int argc, char **argv)
{
    char path[64], link[PATH_MAX], real[PATH_MAX];
    struct stat a, b;
    ssize_t n;
    int fd, p[2];
    (void)argc;

    printf("/proc/self/exe is an ELF %d\n", elf_magic("/proc/self/exe"));
    n = readlink("/proc/self/exe", link, sizeof link - 1);
    link[n < 0 ? 0 : n] = 0;
    printf("readlink /proc/self/exe is realpath(argv[0]) %d\n",
           realpath(argv[0], real) != NULL && strcmp(link, real) == 0);

    /* a few descriptors first, so that the guest's numbers are not the host's */
    if (pipe(p) != 0) return 1;
    fd = open(argv[0], O_RDONLY);
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    printf("%s is an ELF %d\n", "/proc/self/fd/N", elf_magic(path));
    n = readlink(path, link, sizeof link - 1);
    link[n < 0 ? 0 : n] = 0;
    printf("readlink of it is realpath(argv[0]) %d\n", n > 0 && strcmp(link, real) == 0);
    snprintf(path, sizeof path, "/dev/fd/%d", fd);
    printf("%s is an ELF %d\n", "/dev/fd/N", elf_magic(path));
    printf("fstat and stat agree %d\n", fstat(fd, &a) == 0 && stat(path, &b) == 0 && a.st_size == b.st_size);
    errno = 0;
    printf("/proc/self/fd/999: %d ENOENT %d\n", open("/proc/self/fd/999", O_RDONLY), errno == ENOENT);
    snprintf(path, sizeof path, "/proc/self/fd/%d", p[0]);
    n = readlink(path, link, sizeof link - 1);
    link[n < 0 ? 0 : n] = 0;
    printf("a pipe's link starts with pipe: %d\n", strncmp(link, "pipe:", 5) == 0);
    close(fd);
    return 0;
}
