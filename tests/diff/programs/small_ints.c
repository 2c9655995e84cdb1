/* signed/unsigned char and short arithmetic, promotions and conversions. */
#include <stdio.h>

static volatile signed char sc[] = { 0, 1, -1, 127, -128, 100, -100, 64 };
static volatile unsigned char uc[] = { 0, 1, 255, 128, 200, 127 };
static volatile short ss[] = { 0, 1, -1, 32767, -32768, 1000, -30000 };
static volatile unsigned short us[] = { 0, 1, 65535, 32768, 40000 };

int main(void)
{
    unsigned i, j;
    for (i = 0; i < sizeof sc; i++) {
        signed char a = sc[i];
        signed char inc = (signed char)(a + 1), neg = (signed char)-a, dbl = (signed char)(a * 2);
        unsigned char ua = (unsigned char)a;
        short sh = a;
        printf("sc %d: +1 %d neg %d *2 %d as uchar %u as short %d >>1 %d /3 %d %%3 %d\n", a, inc,
               neg, dbl, ua, sh, a >> 1, a / 3, a % 3);
    }
    for (i = 0; i < sizeof uc; i++) {
        unsigned char a = uc[i];
        printf("uc %u: +1 %u (int)%d ~ %d (uchar)~ %u as schar %d\n", a, (unsigned char)(a + 1),
               a + 1, ~a, (unsigned char)~a, (signed char)a);
    }
    for (i = 0; i < sizeof ss / sizeof ss[0]; i++) {
        short a = ss[i];
        for (j = 0; j < sizeof ss / sizeof ss[0]; j += 2) {
            short b = ss[j];
            short sum = (short)(a + b), prod = (short)(a * b);
            int full = a * b;
            printf("ss %d,%d: sum %d prod %d full %d", a, b, sum, prod, full);
            if (b) printf(" div %d mod %d", a / b, a % b);
            printf("\n");
        }
    }
    for (i = 0; i < sizeof us / sizeof us[0]; i++) {
        unsigned short a = us[i];
        printf("us %u: *2 %u (us)*2 %u as short %d <<4 %d >>3 %u\n", a, a * 2u,
               (unsigned short)(a * 2), (short)a, a << 4, a >> 3);
    }
    {
        /* comparisons with promotions */
        signed char m1 = -1;
        unsigned char u255 = 255;
        unsigned int ui = 1;
        printf("cmp %d %d %d %d\n", m1 < (signed char)0, (unsigned char)m1 == u255, m1 < (int)ui,
               (unsigned)m1 > ui);
    }
    {
        /* char arrays as counters with wraparound */
        unsigned char cnt[4] = { 250, 0, 0, 0 };
        signed char sc2 = 120;
        int k;
        for (k = 0; k < 10; k++) { cnt[0]++; sc2 = (signed char)(sc2 + 1); }
        printf("wrap %u %d\n", cnt[0], sc2);
    }
    return 0;
}
