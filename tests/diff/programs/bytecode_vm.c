/* A small stack-based bytecode VM running a few programs (loops, calls). */
#include <stdio.h>
#include <string.h>

enum { PUSH, POP, ADD, SUB, MUL, DIV, MOD, DUP, SWAP, OVER, JMP, JZ, JNZ, LT, EQ,
       LOAD, STORE, CALL, RET, PRINT, HALT };

static const char *opnames[] = { "PUSH", "POP", "ADD", "SUB", "MUL", "DIV", "MOD", "DUP",
    "SWAP", "OVER", "JMP", "JZ", "JNZ", "LT", "EQ", "LOAD", "STORE", "CALL", "RET",
    "PRINT", "HALT" };

struct vm { long stack[256]; int sp; int rstack[64]; int rsp; long vars[16]; long steps; };

static int run(struct vm *m, const int *code, int trace)
{
    int pc = 0;
    for (;;) {
        int op = code[pc++];
        long a, b;
        m->steps++;
        if (trace)
            printf("  %3d %-5s sp=%d\n", pc - 1, opnames[op], m->sp);
        switch (op) {
        case PUSH: m->stack[m->sp++] = code[pc++]; break;
        case POP: m->sp--; break;
        case ADD: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a + b; break;
        case SUB: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a - b; break;
        case MUL: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a * b; break;
        case DIV: b = m->stack[--m->sp]; a = m->stack[--m->sp];
            if (!b) return -1;
            m->stack[m->sp++] = a / b; break;
        case MOD: b = m->stack[--m->sp]; a = m->stack[--m->sp];
            if (!b) return -1;
            m->stack[m->sp++] = a % b; break;
        case DUP: a = m->stack[m->sp - 1]; m->stack[m->sp++] = a; break;
        case SWAP: a = m->stack[m->sp - 1]; m->stack[m->sp - 1] = m->stack[m->sp - 2];
            m->stack[m->sp - 2] = a; break;
        case OVER: m->stack[m->sp] = m->stack[m->sp - 2]; m->sp++; break;
        case JMP: pc = code[pc]; break;
        case JZ: a = m->stack[--m->sp]; pc = a ? pc + 1 : code[pc]; break;
        case JNZ: a = m->stack[--m->sp]; pc = a ? code[pc] : pc + 1; break;
        case LT: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a < b; break;
        case EQ: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a == b; break;
        case LOAD: m->stack[m->sp++] = m->vars[code[pc++]]; break;
        case STORE: m->vars[code[pc++]] = m->stack[--m->sp]; break;
        case CALL: m->rstack[m->rsp++] = pc + 1; pc = code[pc]; break;
        case RET: pc = m->rstack[--m->rsp]; break;
        case PRINT: printf("  out: %ld\n", m->stack[--m->sp]); break;
        case HALT: return 0;
        default: return -2;
        }
    }
}

/* sum of i*i for i in 0..n-1, then gcd via subroutine, then a division by zero */
static const int prog_sum[] = {
    PUSH, 0, STORE, 0, PUSH, 0, STORE, 1,          /* 0: i=0, s=0 */
    LOAD, 0, PUSH, 1000, LT, JZ, 30,               /* 8: while i<1000 */
    LOAD, 1, LOAD, 0, DUP, MUL, ADD, STORE, 1,     /* 15: s += i*i */
    LOAD, 0, PUSH, 1, ADD, STORE, 0, JMP, 8,       /* oops: fixed below */
};

static const int prog_gcd[] = {
    PUSH, 1071, PUSH, 462, CALL, 8, PRINT, HALT,   /* 0 */
    DUP, JZ, 16, SWAP, OVER, MOD, JMP, 8,          /* 8: gcd(a,b) loop: (a b) -> (b a%b) */
    POP, RET,                                      /* 16 */
};

static const int prog_fact[] = {
    PUSH, 1, STORE, 0, PUSH, 12, STORE, 1,         /* acc=1, n=12 */
    LOAD, 1, JZ, 25,                               /* 8 */
    LOAD, 0, LOAD, 1, MUL, STORE, 0,               /* 12 */
    LOAD, 1, PUSH, 1, SUB, STORE, 1, JMP, 8,       /* wrong target fixed in code */
};

int main(void)
{
    struct vm m;
    int code[64];
    int r;

    /* patch prog_sum: loop body ends with JMP 8 at index 31..32; exit at 33 */
    memcpy(code, prog_sum, sizeof prog_sum);
    code[14] = 33;
    code[33] = LOAD; code[34] = 1; code[35] = PRINT; code[36] = HALT;
    memset(&m, 0, sizeof m);
    r = run(&m, code, 0);
    printf("sum r=%d steps=%ld\n", r, m.steps);

    memset(&m, 0, sizeof m);
    r = run(&m, prog_gcd, 1);
    printf("gcd r=%d steps=%ld\n", r, m.steps);

    memcpy(code, prog_fact, sizeof prog_fact);
    code[11] = 28; code[26] = JMP; code[27] = 8;
    code[28] = LOAD; code[29] = 0; code[30] = PRINT; code[31] = HALT;
    memset(&m, 0, sizeof m);
    r = run(&m, code, 0);
    printf("fact r=%d steps=%ld\n", r, m.steps);

    {
        static const int prog_div0[] = { PUSH, 5, PUSH, 0, DIV, PRINT, HALT };
        memset(&m, 0, sizeof m);
        r = run(&m, prog_div0, 0);
        printf("div0 r=%d steps=%ld\n", r, m.steps);
    }
    return 0;
}
