/* Dense switch statements (jump tables) plus sparse ones. */
#include <stdio.h>

static int dense(int x)
{
    switch (x) {
    case 0: return 17;
    case 1: return 4;
    case 2: return -9;
    case 3: return 100;
    case 4: return 23;
    case 5: return 8;
    case 6: return 42;
    case 7: return -1;
    case 8: return 77;
    case 9: return 3;
    case 10: return 61;
    case 11: return 5;
    case 12: return 19;
    case 13: return -300;
    case 14: return 12;
    case 15: return 88;
    case 16: return 2;
    case 17: return 31;
    case 18: return 45;
    case 19: return -7;
    case 20: return 1000;
    case 21: return 6;
    case 22: return 14;
    case 23: return 9;
    default: return 0;
    }
}

static const char *sparse(unsigned x)
{
    switch (x) {
    case 1: return "one";
    case 10: return "ten";
    case 100: return "hundred";
    case 1000: return "thousand";
    case 65536: return "64k";
    case 0xdeadbeef: return "dead";
    default: return "other";
    }
}

static int fallthrough(int x)
{
    int r = 0;
    switch (x & 7) {
    case 0: r += 1; /* fall through */
    case 1: r += 10; /* fall through */
    case 2: r += 100; break;
    case 3: r -= 5; /* fall through */
    case 4: r *= 3; break;
    case 5:
    case 6: r = 77; break;
    default: r = -1;
    }
    return r;
}

static char classify(int c)
{
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return 'V';
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': return 'D';
    case ' ': case '\t': case '\n': return 'S';
    case '.': case ',': case ';': case '!': case '?': return 'P';
    default: return (c >= 'a' && c <= 'z') ? 'C' : '?';
    }
}

int main(void)
{
    int i, sum = 0;
    const char *text = "hello, world! 42 apples and 7 oranges.\n";
    for (i = -3; i < 30; i++) {
        int d = dense(i);
        sum = sum * 3 + d;
        printf("dense(%d)=%d\n", i, d);
    }
    printf("sum %d\n", sum);
    {
        static const unsigned keys[] = { 0, 1, 10, 11, 100, 1000, 65536, 0xdeadbeef, 7 };
        for (i = 0; i < 9; i++)
            printf("sparse(%u)=%s\n", keys[i], sparse(keys[i]));
    }
    for (i = 0; i < 9; i++)
        printf("fall(%d)=%d\n", i, fallthrough(i));
    for (i = 0; text[i]; i++)
        putchar(classify(text[i]));
    putchar('\n');
    return 0;
}
