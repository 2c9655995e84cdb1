/* pa730-se: --set se.allow_writes=true */
/* tmpfile(): write, rewind, read back; mkstemp in /tmp, then unlink. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
    char buf[64], name[] = "/tmp/pa730-diff-XXXXXX";
    struct stat st;
    FILE *f = tmpfile();
    int fd, i;
    ssize_t n;

    if (!f) { printf("tmpfile failed, errno %d\n", errno); return 1; }
    for (i = 0; i < 3; i++) fprintf(f, "record %d\n", i * 7);
    printf("ftell %ld\n", ftell(f));
    rewind(f);
    while (fgets(buf, sizeof buf, f)) printf("read back: %s", buf);
    printf("fstat regular %d size %ld\n", fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode), (long)st.st_size);
    fclose(f);

    fd = mkstemp(name);
    if (fd < 0) { printf("mkstemp failed, errno %d\n", errno); return 1; }
    printf("mkstemp name keeps its prefix %d\n", strncmp(name, "/tmp/pa730-diff-", 16) == 0);
    printf("write %zd\n", write(fd, "temporary bytes", 15));
    printf("lseek %ld\n", (long)lseek(fd, 10, SEEK_SET));
    n = read(fd, buf, sizeof buf);
    buf[n < 0 ? 0 : n] = 0;
    printf("read %zd [%s]\n", n, buf);
    printf("stat by name size %ld\n", stat(name, &st) == 0 ? (long)st.st_size : -1L);
    printf("unlink %d\n", unlink(name));
    errno = 0;
    printf("gone %d ENOENT %d\n", stat(name, &st), errno == ENOENT);
    printf("fd still reads: lseek %ld read %zd\n", (long)lseek(fd, 0, SEEK_SET), read(fd, buf, 9));
    close(fd);
    return 0;
}
