/* times() from simulated (or real) time: prints only facts true on any host. */
#include <stdio.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
    struct tms t;
    clock_t r1, r2;
    volatile unsigned long x = 0;
    unsigned long i;
    long hz = sysconf(_SC_CLK_TCK);

    t.tms_utime = t.tms_stime = t.tms_cutime = t.tms_cstime = (clock_t)-7;
    r1 = times(&t);
    printf("times ok %d\n", r1 != (clock_t)-1);
    printf("fields written %d\n", t.tms_utime != (clock_t)-7 && t.tms_stime != (clock_t)-7 &&
                                      t.tms_cutime != (clock_t)-7 && t.tms_cstime != (clock_t)-7);
    printf("fields non-negative %d\n", t.tms_utime >= 0 && t.tms_stime >= 0 && t.tms_cutime >= 0 && t.tms_cstime >= 0);
    printf("utime bounded %d\n", t.tms_utime < 100 * 60);
    printf("children zero %d\n", t.tms_cutime == 0 && t.tms_cstime == 0);
    for (i = 0; i < 100000; i++) x += i;
    r2 = times(NULL);
    printf("times(NULL) ok %d monotonic %d\n", r2 != (clock_t)-1, r2 - r1 >= 0);
    printf("clock_t per second %ld\n", hz);
    printf("clock() ok %d\n", clock() != (clock_t)-1);
    printf("sum %lu\n", (unsigned long)x);
    return 0;
}
