/* Conway's Game of Life on a torus: glider, R-pentomino, blinker, LWSS, population and hash per step. */
#include <stdio.h>
#include <string.h>

#define W 48
#define H 32
static unsigned char g[H][W], ng[H][W];

static void put(int y, int x, const char *rows[], int nr)
{
    int i, j;
    for (i = 0; i < nr; i++)
        for (j = 0; rows[i][j]; j++)
            if (rows[i][j] == '#') g[(y + i) % H][(x + j) % W] = 1;
}

static void step(void)
{
    int y, x, dy, dx;
    for (y = 0; y < H; y++)
        for (x = 0; x < W; x++) {
            int n = 0;
            for (dy = -1; dy <= 1; dy++)
                for (dx = -1; dx <= 1; dx++)
                    if (dy || dx) n += g[(y + dy + H) % H][(x + dx + W) % W];
            ng[y][x] = (unsigned char)(n == 3 || (n == 2 && g[y][x]));
        }
    memcpy(g, ng, sizeof g);
}

int main(void)
{
    static const char *glider[] = { ".#.", "..#", "###" };
    static const char *rpent[] = { ".##", "##.", ".#." };
    static const char *blinker[] = { "###" };
    static const char *lwss[] = { "#..#.", "....#", "#...#", ".####" };
    int t, y, x;
    put(1, 1, glider, 3);
    put(14, 20, rpent, 3);
    put(5, 40, blinker, 1);
    put(25, 5, lwss, 4);
    for (t = 0; t <= 120; t++) {
        if (t % 10 == 0) {
            unsigned h = 0, pop = 0;
            for (y = 0; y < H; y++)
                for (x = 0; x < W; x++) { pop += g[y][x]; h = h * 3 + g[y][x]; }
            printf("gen %3d pop %3u hash %08x\n", t, pop, h);
        }
        step();
    }
    for (y = 0; y < H; y++) {
        for (x = 0; x < W; x++) putchar(g[y][x] ? '#' : '.');
        putchar('\n');
    }
    return 0;
}
