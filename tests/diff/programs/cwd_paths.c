/* getcwd, chdir("/") and back, realpath of "." and of relative and ".."-paths.
   Prints only facts that do not depend on where the test runs. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
    char start[PATH_MAX], buf[PATH_MAX], rp[PATH_MAX], small[2];
    struct stat st;
    char *r;

    if (!getcwd(start, sizeof start)) { printf("getcwd failed\n"); return 1; }
    printf("getcwd absolute %d\n", start[0] == '/');
    r = realpath(".", rp);
    printf("realpath(.) equals getcwd %d\n", r != NULL && strcmp(rp, start) == 0);
    errno = 0;
    printf("getcwd into 2 bytes: %s ERANGE %d\n", getcwd(small, sizeof small) ? "ok" : "NULL", errno == ERANGE);

    printf("chdir(/) %d\n", chdir("/"));
    printf("getcwd now %s\n", getcwd(buf, sizeof buf) ? buf : "(null)");
    r = realpath(".", rp);
    printf("realpath(.) %s\n", r ? rp : "(null)");
    r = realpath("usr/../etc", rp);
    printf("realpath(usr/../etc) %s\n", r ? rp : "(null)");
    r = realpath("/usr/../etc", rp);
    printf("realpath(/usr/../etc) %s\n", r ? rp : "(null)");
    printf("stat relative etc is dir %d\n", stat("etc", &st) == 0 && S_ISDIR(st.st_mode));
    printf("access relative etc %d\n", access("etc", F_OK));
    errno = 0;
    printf("chdir missing: %d ENOENT %d\n", chdir("no/such/dir/here"), errno == ENOENT);
    errno = 0;
    printf("chdir to a file: %d ENOTDIR %d\n", chdir("/etc/passwd"), errno == ENOTDIR);
    printf("chdir(etc) %d\n", chdir("etc"));
    printf("getcwd now %s\n", getcwd(buf, sizeof buf) ? buf : "(null)");
    printf("chdir(..) %d\n", chdir(".."));
    printf("getcwd now %s\n", getcwd(buf, sizeof buf) ? buf : "(null)");

    printf("chdir back %d\n", chdir(start));
    printf("back where we started %d\n", getcwd(buf, sizeof buf) != NULL && strcmp(buf, start) == 0);
    r = realpath(".", rp);
    printf("realpath(.) equals start %d\n", r != NULL && strcmp(rp, start) == 0);
    return 0;
}
