/* unlink_host PATH: unlinks the host file PATH under se.allow_writes, then
   checks that the guest no longer sees it (stat and open: ENOENT) and that a
   new file can take its name.  Exit 0 if all holds; the host file itself
   must survive (checked by sandbox.sh). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    struct stat st;
    int ok = 1, fd;
    if (argc != 2) return 2;
    ok &= stat(argv[1], &st) == 0;
    ok &= unlink(argv[1]) == 0;
    errno = 0;
    ok &= stat(argv[1], &st) == -1 && errno == ENOENT;
    errno = 0;
    ok &= open(argv[1], O_RDONLY) == -1 && errno == ENOENT;
    errno = 0;
    ok &= unlink(argv[1]) == -1 && errno == ENOENT;
    fd = open(argv[1], O_WRONLY | O_CREAT | O_EXCL, 0644);
    ok &= fd >= 0 && write(fd, "new\n", 4) == 4 && close(fd) == 0;
    ok &= stat(argv[1], &st) == 0 && st.st_size == 4;
    printf("host file hidden from the guest: %d\n", ok);
    return ok ? 0 : 1;
}
