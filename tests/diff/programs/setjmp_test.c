/* setjmp/longjmp: nested, across frames, with preserved volatile locals. */
#include <stdio.h>
#include <setjmp.h>

static jmp_buf env_outer, env_inner;
static int trace[32];
static int ntrace;

static void note(int v) { if (ntrace < 32) trace[ntrace++] = v; }

static void deep(int level, int target)
{
    volatile char pad[100];
    pad[level] = (char)level;
    note(level);
    if (level > 90)
        return;
    if (level == target)
        longjmp(env_inner, level * 10 + pad[level]);
    deep(level + 1, target);
    note(-1); /* never reached */
}

static int try_div(int a, int b)
{
    if (b == 0)
        longjmp(env_outer, 99);
    return a / b;
}

int main(void)
{
    volatile int counter = 0;
    volatile int result = 0;
    int r, i;

    r = setjmp(env_outer);
    if (r == 0) {
        result = try_div(100, 7);
        printf("div ok %d\n", result);
        result = try_div(1, 0);
        printf("not reached\n");
    } else {
        printf("caught %d result still %d\n", r, result);
    }

    for (i = 1; i <= 5; i++) {
        r = setjmp(env_inner);
        if (r == 0) {
            counter++;
            deep(0, i * 3);
        } else {
            printf("inner jump from depth -> %d (counter %d)\n", r, counter);
        }
    }
    printf("trace:");
    for (i = 0; i < ntrace; i++)
        printf(" %d", trace[i]);
    printf("\n");

    /* longjmp with 0 becomes 1 */
    counter = 0;
    r = setjmp(env_outer);
    counter++;
    if (counter < 3)
        longjmp(env_outer, 0);
    printf("longjmp(0) gave r=%d counter=%d\n", r, counter);

    {
        sigjmp_buf sj;
        volatile int k = 0;
        if (sigsetjmp(sj, 1) < 5) {
            k++;
            siglongjmp(sj, k);
        }
        printf("sigsetjmp loop k=%d\n", k);
    }
    return 0;
}
