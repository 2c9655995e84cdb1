/* Read all of stdin and count lines, words, bytes; character histogram; echo reversed lines. */
#include <stdio.h>
#include <ctype.h>
#include <string.h>

int main(void)
{
    int c, inword = 0;
    long lines = 0, words = 0, bytes = 0, letters[26];
    char line[512];
    size_t len = 0;
    int i;
    unsigned h = 0;

    memset(letters, 0, sizeof letters);
    while ((c = getchar()) != EOF) {
        bytes++;
        h = h * 31 + (unsigned)c;
        if (c == '\n') {
            size_t k;
            lines++;
            line[len] = 0;
            printf("%3ld|", lines);
            for (k = len; k > 0; k--) putchar(line[k - 1]);
            putchar('\n');
            len = 0;
        } else if (len < sizeof line - 1) {
            line[len++] = (char)c;
        }
        if (isspace(c)) inword = 0;
        else if (!inword) { inword = 1; words++; }
        if (isalpha(c)) letters[tolower(c) - 'a']++;
    }
    if (len) printf("partial last line (%u bytes)\n", (unsigned)len);
    printf("lines %ld words %ld bytes %ld hash %08x\n", lines, words, bytes, h);
    for (i = 0; i < 26; i++)
        if (letters[i]) printf("%c:%ld ", 'a' + i, letters[i]);
    printf("\n");
    printf("feof %d ferror %d\n", feof(stdin) != 0, ferror(stdin) != 0);
    return 0;
}
