/* Print argc/argv (except argv[0], which depends on how the program is invoked). */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    int i;
    long total = 0;
    printf("argc=%d\n", argc);
    printf("argv[0] non-empty: %d\n", argv[0] != NULL && argv[0][0] != 0);
    for (i = 1; i < argc; i++) {
        size_t n = strlen(argv[i]), k;
        printf("argv[%d]=\"%s\" len=%u reversed=\"", i, argv[i], (unsigned)n);
        for (k = n; k > 0; k--) putchar(argv[i][k - 1]);
        printf("\"\n");
        total += strtol(argv[i], NULL, 10);
    }
    printf("argv[argc] is NULL: %d\n", argv[argc] == NULL);
    /* split every argument on spaces and count the words */
    {
        int words = 0;
        for (i = 1; i < argc; i++) {
            const char *p = argv[i];
            int in = 0;
            for (; *p; p++) {
                if (*p == ' ') in = 0;
                else if (!in) { in = 1; words++; }
            }
        }
        printf("words in arguments %d\n", words);
    }
    printf("numeric total %ld\n", total);
    /* argv strings are writable and contiguous per the ABI; modify one */
    if (argc > 1) {
        argv[1][0] = (char)(argv[1][0] - 32);
        printf("modified argv[1]=%s\n", argv[1]);
    }
    return argc == 4 ? 0 : 1;
}
