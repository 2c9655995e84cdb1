/* Recursive-descent expression evaluator with variables and error reporting. */
#include <stdio.h>
#include <ctype.h>
#include <string.h>

static const char *p;
static int err;
static long vars[26];

static long expr(void);

static void skip(void) { while (*p == ' ') p++; }

static long primary(void)
{
    long v = 0;
    skip();
    if (*p == '(') {
        p++;
        v = expr();
        skip();
        if (*p == ')') p++; else err = 1;
        return v;
    }
    if (*p == '-') { p++; return -primary(); }
    if (*p == '~') { p++; return ~primary(); }
    if (isdigit((unsigned char)*p)) {
        while (isdigit((unsigned char)*p)) v = v * 10 + (*p++ - '0');
        return v;
    }
    if (islower((unsigned char)*p)) {
        int idx = *p++ - 'a';
        skip();
        if (*p == '=' && p[1] != '=') { p++; v = expr(); vars[idx] = v; return v; }
        return vars[idx];
    }
    err = 2;
    return 0;
}

static long power(void)
{
    long b = primary(), e, r = 1;
    skip();
    if (*p == '^') {
        p++;
        e = power();
        while (e-- > 0) r *= b;
        return r;
    }
    return b;
}

static long term(void)
{
    long v = power();
    for (;;) {
        skip();
        if (*p == '*') { p++; v *= power(); }
        else if (*p == '/' || *p == '%') {
            char op = *p++;
            long d = power();
            if (d == 0) { err = 3; return 0; }
            v = op == '/' ? v / d : v % d;
        } else return v;
    }
}

static long sum(void)
{
    long v = term();
    for (;;) {
        skip();
        if (*p == '+') { p++; v += term(); }
        else if (*p == '-') { p++; v -= term(); }
        else return v;
    }
}

static long expr(void)
{
    long v = sum();
    skip();
    if (*p == '<') { p++; return v < sum(); }
    if (*p == '>') { p++; return v > sum(); }
    if (*p == '=' && p[1] == '=') { p += 2; return v == sum(); }
    return v;
}

int main(void)
{
    static const char *tests[] = {
        "1+2*3", "(1+2)*3", "2^10", "2^3^2", "-7/2", "-7%3", "7%-3", "100/(5-5)",
        "a=5", "b=a*a+1", "a*b-(a+b)", "c=(a=3)+(b=4)", "a+b+c", "~0", "1<2", "3>4",
        "10==10", "((((((1))))))+2", "2*(3+", "12345*6789", "x=1000000*1000", "x/7",
        "1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10", "$", "z=z+1", "z=z+1", "z*100",
    };
    unsigned i;
    for (i = 0; i < sizeof tests / sizeof tests[0]; i++) {
        long v;
        p = tests[i];
        err = 0;
        v = expr();
        skip();
        if (!err && *p) err = 4;
        if (err)
            printf("%-40s -> error %d at offset %d\n", tests[i], err, (int)(p - tests[i]));
        else
            printf("%-40s -> %ld\n", tests[i], v);
    }
    printf("vars a=%ld b=%ld c=%ld z=%ld len=%u\n", vars[0], vars[1], vars[2], vars[25],
           (unsigned)strlen(tests[0]));
    return 0;
}
