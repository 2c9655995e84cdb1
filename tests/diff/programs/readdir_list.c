/* pa730-se: --set se.allow_writes=true */
/* opendir/readdir/rewinddir of a directory the program fills and
   empties, and of a host directory (/etc, read only).  Names are sorted
   before they are printed: readdir's order is the file system's.  (No
   seekdir: qemu-hppa hands the guest the host's 64-bit d_off, which the
   32-bit telldir cannot hold.) */
#define _FILE_OFFSET_BITS 64  /* readdir64: the host's 64-bit d_off would overflow readdir's under qemu-hppa */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void list(DIR *d, const char *what)
{
    char *names[64];
    int n = 0, i;
    struct dirent *e;
    while ((e = readdir(d)) && n < 64) names[n++] = strdup(e->d_name);
    qsort(names, (size_t)n, sizeof names[0], cmp);
    printf("%s: %d entries:", what, n);
    for (i = 0; i < n; i++) {
        printf(" %s", names[i]);
        free(names[i]);
    }
    printf("\n");
}

static void touch(const char *path)
{
    FILE *f = fopen(path, "w");
    if (f) fclose(f);
}

int main(void)
{
    DIR *d;
    struct dirent *e;
    int etc_passwd = 0, etc_entries = 0;

    printf("mkdir %d\n", mkdir("dir", 0755));
    touch("dir/alpha");
    touch("dir/beta");
    mkdir("dir/gamma", 0700);
    d = opendir("dir");
    if (!d) { printf("opendir failed, errno %d\n", errno); return 1; }
    list(d, "dir");
    unlink("dir/beta");
    touch("dir/delta");
    rewinddir(d);  /* a listing is taken at the first read after opening or rewinding */
    list(d, "after rewinddir");
    closedir(d);
    d = opendir("dir");
    list(d, "reopened");
    closedir(d);
    unlink("dir/alpha");
    unlink("dir/delta");
    rmdir("dir/gamma");
    errno = 0;
    printf("readdir of a file: opendir %s ENOTDIR %d\n", opendir("/etc/passwd") ? "ok" : "NULL", errno == ENOTDIR);
    d = opendir("dir");
    list(d, "emptied");
    closedir(d);
    printf("rmdir %d\n", rmdir("dir"));

    d = opendir("/etc");
    while (d && (e = readdir(d))) {
        etc_entries++;
        etc_passwd |= strcmp(e->d_name, "passwd") == 0;
    }
    if (d) closedir(d);
    printf("/etc has passwd %d, more than 3 entries %d\n", etc_passwd, etc_entries > 3);
    return 0;
}
