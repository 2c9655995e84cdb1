/* GCC computed goto (labels as values) threaded interpreter and plain goto state machine. */
#include <stdio.h>

static long threaded(const unsigned char *code, long x)
{
    static void *dispatch[] = { &&op_halt, &&op_inc, &&op_dbl, &&op_dec, &&op_jnz_back, &&op_sq };
    const unsigned char *pc = code;
    long counter = 5;
#define NEXT goto *dispatch[*pc++]
    NEXT;
op_inc: x++; NEXT;
op_dbl: x *= 2; NEXT;
op_dec: counter--; NEXT;
op_sq: x = (long)(((long long)x * x) % 1000003); NEXT;
op_jnz_back: if (counter) pc -= *pc + 1; else pc++; NEXT;
op_halt:
    return x;
#undef NEXT
}

/* goto-based state machine recognising signed decimal numbers with optional fraction */
static int is_number(const char *s)
{
    const char *p = s;
    goto start;
start:
    if (*p == '+' || *p == '-') { p++; goto digits1; }
digits1:
    if (*p < '0' || *p > '9') return 0;
    while (*p >= '0' && *p <= '9') p++;
    if (*p == '.') { p++; goto digits2; }
    goto end;
digits2:
    if (*p < '0' || *p > '9') return 0;
    while (*p >= '0' && *p <= '9') p++;
end:
    return *p == 0;
}

int main(void)
{
    /* body: inc, dbl, sq, dec, jnz_back(offset 4) ; halt */
    static const unsigned char prog[] = { 1, 2, 5, 3, 4, 4, 0 };
    static const char *tests[] = { "12", "-3.5", "+0.25", "1.", ".5", "abc", "", "-", "007", "1e5", "3.14.15" };
    unsigned i;
    long x;
    for (x = 0; x < 5; x++)
        printf("threaded(%ld) = %ld\n", x, threaded(prog, x));
    for (i = 0; i < sizeof tests / sizeof tests[0]; i++)
        printf("is_number(\"%s\") = %d\n", tests[i], is_number(tests[i]));
    {
        int n = 0, k = 0;
    again:
        n += k * k;
        if (++k < 10) goto again;
        printf("goto loop sum %d\n", n);
    }
    return 0;
}
