/* pa730-se: --set se.allow_writes=true */
/* Files in a relative directory through stdio and the file calls: mkdir,
   fopen/fprintf/fseek/fread, ftruncate, rename, unlink, rmdir, printing what
   is read back.  Run in an empty directory; removes all it creates. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void show(const char *path)
{
    char buf[128];
    size_t n;
    FILE *f = fopen(path, "r");
    if (!f) { printf("%s: cannot open, errno %d\n", path, errno); return; }
    n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    printf("%s: %zu bytes [%s]\n", path, n, buf);
    fclose(f);
}

int main(void)
{
    struct stat st;
    FILE *f;
    char word[16];
    int i;

    printf("mkdir work %d\n", mkdir("work", 0755));
    errno = 0;
    printf("mkdir work again %d EEXIST %d\n", mkdir("work", 0755), errno == EEXIST);
    printf("stat work is dir %d\n", stat("work", &st) == 0 && S_ISDIR(st.st_mode));

    f = fopen("work/a.txt", "w");
    if (!f) { printf("fopen for writing failed, errno %d\n", errno); return 1; }
    for (i = 0; i < 5; i++) fprintf(f, "line %d\n", i);
    fclose(f);
    show("work/a.txt");
    printf("stat size %ld\n", stat("work/a.txt", &st) == 0 ? (long)st.st_size : -1L);

    f = fopen("work/a.txt", "r+");
    fseek(f, 7, SEEK_SET);
    fread(word, 1, 6, f);
    word[6] = 0;
    printf("at 7: [%s]\n", word);
    fseek(f, 0, SEEK_SET);
    fputs("LINE", f);
    fflush(f);
    printf("ftruncate to 14: %d\n", ftruncate(fileno(f), 14));
    fclose(f);
    show("work/a.txt");

    f = fopen("work/a.txt", "a");
    fputs("appended\n", f);
    fclose(f);
    show("work/a.txt");

    printf("rename %d\n", rename("work/a.txt", "work/b.txt"));
    errno = 0;
    printf("old name gone %d ENOENT %d\n", access("work/a.txt", F_OK), errno == ENOENT);
    show("work/b.txt");
    printf("truncate %d\n", truncate("work/b.txt", 4));
    show("work/b.txt");

    printf("mkdir work/sub %d\n", mkdir("work/sub", 0700));
    f = fopen("work/sub/c", "w");
    fputs("deep", f);
    fclose(f);
    printf("chdir work/sub %d\n", chdir("work/sub"));
    show("c");
    show("../b.txt");
    printf("chdir ../.. %d\n", chdir("../.."));
    errno = 0;
    printf("rmdir non-empty %d ENOTEMPTY %d\n", rmdir("work/sub"), errno == ENOTEMPTY);
    printf("unlink c %d\n", unlink("work/sub/c"));
    printf("rmdir sub %d\n", rmdir("work/sub"));
    printf("unlink b %d\n", unlink("work/b.txt"));
    errno = 0;
    printf("unlink again %d ENOENT %d\n", unlink("work/b.txt"), errno == ENOENT);
    printf("rmdir work %d\n", rmdir("work"));
    errno = 0;
    printf("work gone %d ENOENT %d\n", stat("work", &st), errno == ENOENT);
    return 0;
}
