/* N-queens solution counts (bitmask backtracking) and first solution boards. Exit status 3. */
#include <stdio.h>

static long solutions;
static int board[16], first[16], have_first;

static void solve(int n, int row, unsigned cols, unsigned d1, unsigned d2)
{
    unsigned avail, bit;
    if (row == n) {
        solutions++;
        if (!have_first) { int i; for (i = 0; i < n; i++) first[i] = board[i]; have_first = 1; }
        return;
    }
    avail = ~(cols | d1 | d2) & ((1u << n) - 1);
    while (avail) {
        bit = avail & -avail;
        avail ^= bit;
        board[row] = __builtin_ctz(bit);
        solve(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
    }
}

int main(void)
{
    int n, i, j;
    for (n = 1; n <= 9; n++) {
        solutions = 0;
        have_first = 0;
        solve(n, 0, 0, 0, 0);
        printf("%d-queens: %ld solutions\n", n, solutions);
        if (n == 8 && have_first) {
            for (i = 0; i < n; i++) {
                for (j = 0; j < n; j++) putchar(first[i] == j ? 'Q' : '.');
                putchar('\n');
            }
        }
    }
    return 3;
}
