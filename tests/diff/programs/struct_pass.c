/* Struct passing and returning by value: small, medium, large, with floats. */
#include <stdio.h>
#include <string.h>

struct s1 { char c; };
struct s2 { short a, b; };
struct s3 { char a, b, c; };
struct s8 { int x, y; };
struct sd { double d; };
struct sfd { float f; double d; };
struct big { int v[20]; char name[16]; double w; };

static struct s1 mk1(char c) { struct s1 r = { c }; return r; }
static struct s2 mk2(short a, short b) { struct s2 r = { a, b }; return r; }
static struct s3 mk3(struct s3 in) { struct s3 r = { (char)(in.c + 1), (char)(in.a + 1), (char)(in.b + 1) }; return r; }
static struct s8 add8(struct s8 a, struct s8 b) { a.x += b.x; a.y -= b.y; return a; }
static struct sd scale(struct sd a, double k) { a.d *= k; return a; }
static struct sfd swapfd(struct sfd a) { struct sfd r; r.f = (float)a.d; r.d = a.f; return r; }

static struct big mkbig(int seed, const char *name)
{
    struct big b;
    int i;
    for (i = 0; i < 20; i++) b.v[i] = seed * i - i * i;
    memset(b.name, 0, sizeof b.name);
    strncpy(b.name, name, sizeof b.name - 1);
    b.w = seed / 4.0;
    return b;
}

static long bigsum(struct big b)
{
    long s = 0;
    int i;
    for (i = 0; i < 20; i++) s += b.v[i];
    b.v[0] = 99999; /* modifies the copy only */
    return s + (long)b.w;
}

static struct big transform(struct big b, int k)
{
    int i;
    for (i = 0; i < 20; i++) b.v[i] *= k;
    b.name[0] = (char)(b.name[0] - 32);
    b.w += k;
    return b;
}

static int many(struct s8 a, int x, struct s2 b, double d, struct s3 c, struct big g, int y)
{
    return a.x + a.y + x + b.a + b.b + (int)d + c.a + c.b + c.c + g.v[19] + y;
}

int main(void)
{
    struct s3 t = { 'a', 'b', 'c' }, u;
    struct s8 p = { 10, 20 }, q = { 3, 4 }, r;
    struct sd d = { 1.25 };
    struct sfd fd = { 2.5f, -7.125 };
    struct big b1, b2;
    int i;

    printf("s1 %c\n", mk1('Q').c);
    printf("s2 %d %d\n", mk2(-5, 300).a, mk2(-5, 300).b);
    u = mk3(t);
    printf("s3 %c%c%c\n", u.a, u.b, u.c);
    r = add8(p, q);
    for (i = 0; i < 3; i++) r = add8(r, r);
    printf("s8 %d %d orig %d %d\n", r.x, r.y, p.x, p.y);
    printf("sd %g\n", scale(scale(d, 4.0), -0.5).d);
    fd = swapfd(fd);
    printf("sfd %g %g\n", (double)fd.f, fd.d);
    b1 = mkbig(7, "hello");
    b2 = transform(b1, 3);
    printf("big1 %s v19=%d w=%g sum=%ld\n", b1.name, b1.v[19], b1.w, bigsum(b1));
    printf("big2 %s v19=%d w=%g sum=%ld v0=%d\n", b2.name, b2.v[19], b2.w, bigsum(b2), b2.v[0]);
    printf("many %d\n", many(p, 1, mk2(2, 3), 4.9, t, b2, 5));
    {
        struct big arr[3];
        for (i = 0; i < 3; i++) arr[i] = mkbig(i + 1, i == 1 ? "middle" : "edge");
        arr[0] = arr[1];
        printf("arr %s %d %s %g\n", arr[0].name, arr[0].v[5], arr[2].name, arr[2].w);
    }
    return 0;
}
