/* String and memory functions: memcpy/memset/memmove/memcmp/strcmp/strchr/strstr... */
#include <stdio.h>
#include <string.h>

static unsigned sum(const unsigned char *p, size_t n)
{
    unsigned s = 0;
    size_t i;
    for (i = 0; i < n; i++)
        s = s * 33 + p[i];
    return s;
}

static int sgn(int x) { return (x > 0) - (x < 0); }

int main(void)
{
    static unsigned char buf[300], buf2[300];
    const char *hay = "the quick brown fox jumps over the lazy dog; the end";
    char s[128];
    size_t off, len;
    int i;

    for (i = 0; i < 300; i++)
        buf[i] = (unsigned char)(i * 7 + 3);
    /* memcpy with all small offset/length combos (exercises alignment paths) */
    for (off = 0; off < 8; off++) {
        unsigned acc = 0;
        for (len = 0; len < 40; len++) {
            memset(buf2, 0xAA, sizeof buf2);
            memcpy(buf2 + off, buf + (7 - off), len);
            acc = acc * 7 + sum(buf2, 64);
        }
        printf("memcpy off %u acc %08x\n", (unsigned)off, acc);
    }
    /* memmove overlapping both directions */
    memcpy(buf2, buf, 300);
    memmove(buf2 + 5, buf2, 200);
    printf("memmove fwd %08x\n", sum(buf2, 300));
    memmove(buf2, buf2 + 13, 250);
    printf("memmove back %08x\n", sum(buf2, 300));
    for (off = 0; off < 6; off++) {
        memset(buf2, 0, 100);
        memset(buf2 + off, 0x5c, 37 + off);
        printf("memset %u %08x\n", (unsigned)off, sum(buf2, 100));
    }
    printf("memcmp %d %d %d\n", sgn(memcmp("abc", "abd", 3)), sgn(memcmp("abc", "abc", 3)),
           sgn(memcmp("\xff", "\x01", 1)));
    printf("strcmp %d %d %d %d\n", sgn(strcmp("apple", "apricot")), sgn(strcmp("b", "a")),
           sgn(strcmp("same", "same")), sgn(strcmp("short", "shorter")));
    printf("strncmp %d %d\n", sgn(strncmp("abcdef", "abcxyz", 3)), sgn(strncmp("abcdef", "abcxyz", 4)));
    printf("strlen %u %u\n", (unsigned)strlen(hay), (unsigned)strlen(""));
    printf("strchr %d strrchr %d\n", (int)(strchr(hay, 'q') - hay), (int)(strrchr(hay, 't') - hay));
    printf("strchr missing %d\n", strchr(hay, 'Z') == NULL);
    printf("strstr %d %d %d\n", (int)(strstr(hay, "fox") - hay), (int)(strstr(hay, "the end") - hay),
           strstr(hay, "cat") == NULL);
    printf("strspn %u strcspn %u\n", (unsigned)strspn(hay, "teh "), (unsigned)strcspn(hay, "xyz"));
    printf("strpbrk %s\n", strpbrk(hay, "jv"));
    strcpy(s, "Hello");
    strcat(s, ", ");
    {
        volatile size_t lim = 6;
        strncat(s, "World!!!!", lim);
    }
    printf("strcat [%s] len %u\n", s, (unsigned)strlen(s));
    strncpy(s, "abc", 6);
    printf("strncpy [%s] %d %d %d\n", s, s[3], s[4], s[5]);
    printf("memchr %d\n", (int)((const char *)memchr(hay, 'z', 52) - hay));
    {
        /* manual reverse + palindrome check */
        char p[] = "A man a plan a canal Panama";
        char q[64];
        int n = (int)strlen(p), j, k = 0;
        for (j = 0; j < n; j++)
            if (p[j] != ' ')
                q[k++] = (char)(p[j] | 0x20);
        q[k] = 0;
        for (j = 0; j < k / 2 && q[j] == q[k - 1 - j]; j++)
            ;
        printf("palindrome [%s] %d\n", q, j == k / 2);
    }
    return 0;
}
