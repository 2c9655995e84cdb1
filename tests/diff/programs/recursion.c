/* Deep and branching recursion: Ackermann, Fibonacci, Hanoi, mutual recursion. */
#include <stdio.h>

static unsigned ack(unsigned m, unsigned n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static unsigned fib(unsigned n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static unsigned long long hanoi_moves;
static unsigned hanoi_check;

static void hanoi(int n, int from, int to, int via)
{
    if (n == 0)
        return;
    hanoi(n - 1, from, via, to);
    hanoi_moves++;
    hanoi_check = hanoi_check * 3 + (unsigned)(from * 4 + to);
    hanoi(n - 1, via, to, from);
}

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static int depth_sum(int n, int acc)
{
    volatile char pad[64];
    pad[n & 63] = (char)n;
    if (n == 0)
        return acc;
    return depth_sum(n - 1, acc + pad[n & 63]) + 1;
}

static long long binom(int n, int k)
{
    if (k == 0 || k == n)
        return 1;
    return binom(n - 1, k - 1) + binom(n - 1, k);
}

int main(void)
{
    unsigned m, n;
    for (m = 0; m <= 2; m++)
        for (n = 0; n <= 4; n++)
            printf("ack(%u,%u)=%u\n", m, n, ack(m, n));
    printf("ack(3,4)=%u\n", ack(3, 4));
    for (n = 0; n <= 22; n += 2)
        printf("fib(%u)=%u\n", n, fib(n));
    hanoi(14, 1, 3, 2);
    printf("hanoi moves %llu check %08x\n", hanoi_moves, hanoi_check);
    printf("even(1001)=%d odd(777)=%d\n", is_even(1001), is_odd(777));
    printf("depth_sum %d\n", depth_sum(3000, 0));
    printf("binom(20,10)=%lld binom(16,5)=%lld\n", binom(20, 10), binom(16, 5));
    return 0;
}
