/* ctype classification and case conversion over the full unsigned char range. */
#include <stdio.h>
#include <ctype.h>
#include <string.h>

int main(void)
{
    int c;
    unsigned counts[11];
    static const char *names[] = { "alnum", "alpha", "cntrl", "digit", "graph", "lower", "print",
                                   "punct", "space", "upper", "xdigit" };
    char line[200];
    const char *text = "Hello, World! 123 MiXeD cAsE\tend_of_text.";
    int i;

    memset(counts, 0, sizeof counts);
    for (c = 0; c < 256; c++) {
        counts[0] += !!isalnum(c); counts[1] += !!isalpha(c); counts[2] += !!iscntrl(c);
        counts[3] += !!isdigit(c); counts[4] += !!isgraph(c); counts[5] += !!islower(c);
        counts[6] += !!isprint(c); counts[7] += !!ispunct(c); counts[8] += !!isspace(c);
        counts[9] += !!isupper(c); counts[10] += !!isxdigit(c);
    }
    for (i = 0; i < 11; i++) printf("%-7s %u\n", names[i], counts[i]);
    for (c = 0; c < 128; c += 16) {
        int k;
        printf("%3d:", c);
        for (k = c; k < c + 16; k++) {
            unsigned m = (unsigned)((!!isalpha(k)) | (!!isdigit(k)) << 1 | (!!isspace(k)) << 2 |
                                    (!!ispunct(k)) << 3 | (!!iscntrl(k)) << 4);
            printf(" %02x", m);
        }
        printf("\n");
    }
    for (i = 0; text[i]; i++) line[i] = (char)toupper((unsigned char)text[i]);
    line[i] = 0;
    printf("upper: %s\n", line);
    for (i = 0; text[i]; i++) line[i] = (char)tolower((unsigned char)text[i]);
    printf("lower: %s\n", line);
    for (i = 0; text[i]; i++) {
        unsigned char ch = (unsigned char)text[i];
        line[i] = (char)(isupper(ch) ? tolower(ch) : islower(ch) ? toupper(ch) : ch);
    }
    printf("swap:  %s\n", line);
    printf("toupper(200)=%d tolower(-1 EOF)=%d isalpha(EOF)=%d\n", toupper(200), tolower(EOF), !!isalpha(EOF));
    {
        /* word capitalisation */
        const char *s = "the rain in spain stays mainly";
        int start = 1;
        for (i = 0; s[i]; i++) {
            line[i] = start ? (char)toupper((unsigned char)s[i]) : s[i];
            start = isspace((unsigned char)s[i]) != 0;
        }
        line[i] = 0;
        printf("title: %s\n", line);
    }
    return 0;
}
