/* Interleaved stdout/stderr output with explicit flushing and buffering modes. */
#include <stdio.h>
#include <string.h>

int main(void)
{
    int i;
    char buf[64];
    fprintf(stderr, "stderr: starting\n");
    for (i = 0; i < 10; i++) {
        printf("out line %d\n", i);
        if (i % 3 == 0) {
            fprintf(stderr, "err line %d\n", i);
            fflush(stdout);
        }
    }
    setvbuf(stderr, NULL, _IONBF, 0);
    fputs("stderr unbuffered\n", stderr);
    fwrite("raw write to stdout\n", 1, 20, stdout);
    perror("perror with errno 0");
    snprintf(buf, sizeof buf, "%s-%d", "mixed", 99);
    puts(buf);
    fputc('X', stdout);
    fputc('\n', stdout);
    fprintf(stderr, "stderr: done\n");
    printf("ferror stdout %d\n", ferror(stdout));
    /* many small writes to both streams */
    for (i = 0; i < 200; i++) {
        fputc('a' + i % 26, stdout);
        if (i % 40 == 39) {
            fputc('\n', stdout);
            fprintf(stderr, "progress %d\n", i);
        }
    }
    fflush(stdout);
    printf("after flush, line buffering mode set\n");
    setvbuf(stdout, NULL, _IOLBF, 0);
    printf("line-buffered %s\n", "text");
    return 0;
}
