/* exit(7) called from deep inside nested functions, with atexit handlers and buffered output. */
#include <stdio.h>
#include <stdlib.h>

static int depth_reached;

static void handler1(void) { printf("atexit handler1 (depth %d)\n", depth_reached); }
static void handler2(void) { printf("atexit handler2\n"); }

static void level3(int x)
{
    depth_reached = 3;
    printf("level3 x=%d\n", x);
    if (x > 10)
        exit(7);
    printf("level3 not exiting\n");
}

static int level2(int x)
{
    depth_reached = 2;
    level3(x * 2);
    return x + 1;
}

static int level1(int x)
{
    int r;
    depth_reached = 1;
    r = level2(x + 1);
    printf("level1 got %d\n", r);
    return level2(r + 3);
}

int main(void)
{
    atexit(handler1);
    atexit(handler2);
    printf("buffered output before exit\n");
    level1(2);
    printf("not reached\n");
    return 0;
}
