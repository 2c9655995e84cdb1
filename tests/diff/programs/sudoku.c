/* Backtracking Sudoku solver with candidate bitmasks. */
#include <stdio.h>

static int grid[81];
static long nodes;

static int candidates(int pos)
{
    int r = pos / 9, c = pos % 9, used = 0, i;
    int br = r / 3 * 3, bc = c / 3 * 3;
    for (i = 0; i < 9; i++) {
        used |= 1 << grid[r * 9 + i];
        used |= 1 << grid[i * 9 + c];
        used |= 1 << grid[(br + i / 3) * 9 + bc + i % 3];
    }
    return ~used & 0x3fe;
}

static int solve(void)
{
    int best = -1, bestc = 0, bestn = 10, pos, d;
    nodes++;
    for (pos = 0; pos < 81; pos++)
        if (!grid[pos]) {
            int c = candidates(pos), n = __builtin_popcount(c);
            if (n < bestn) { bestn = n; best = pos; bestc = c; }
            if (n == 0) return 0;
        }
    if (best < 0) return 1;
    for (d = 1; d <= 9; d++)
        if (bestc & (1 << d)) {
            grid[best] = d;
            if (solve()) return 1;
        }
    grid[best] = 0;
    return 0;
}

static void load(const char *s)
{
    int i;
    for (i = 0; i < 81; i++) grid[i] = (s[i] >= '1' && s[i] <= '9') ? s[i] - '0' : 0;
}

int main(void)
{
    static const char *puzzles[] = {
        "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
        "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
        "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
    };
    unsigned p;
    int i;
    for (p = 0; p < 3; p++) {
        load(puzzles[p]);
        nodes = 0;
        if (solve()) {
            printf("puzzle %u solved in %ld nodes\n", p, nodes);
            for (i = 0; i < 81; i++) {
                putchar('0' + grid[i]);
                if (i % 9 == 8) putchar('\n');
            }
        } else {
            printf("puzzle %u unsolvable (%ld nodes)\n", p, nodes);
        }
    }
    return 0;
}
