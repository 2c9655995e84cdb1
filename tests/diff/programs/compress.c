/* Run-length encoding and LZW compression/decompression round trips. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static size_t rle_enc(const unsigned char *in, size_t n, unsigned char *out)
{
    size_t i = 0, o = 0;
    while (i < n) {
        size_t r = 1;
        while (i + r < n && in[i + r] == in[i] && r < 255) r++;
        out[o++] = (unsigned char)r;
        out[o++] = in[i];
        i += r;
    }
    return o;
}
static size_t rle_dec(const unsigned char *in, size_t n, unsigned char *out)
{
    size_t i, o = 0;
    for (i = 0; i + 1 < n; i += 2) { memset(out + o, in[i + 1], in[i]); o += in[i]; }
    return o;
}

#define MAXCODE 4096
static int prefix[MAXCODE], suffix[MAXCODE];

static size_t lzw_enc(const unsigned char *in, size_t n, unsigned short *out)
{
    int next = 256, cur, i;
    size_t k, o = 0;
    if (!n) return 0;
    cur = in[0];
    for (k = 1; k < n; k++) {
        int c = in[k], found = -1;
        for (i = 256; i < next; i++)
            if (prefix[i] == cur && suffix[i] == c) { found = i; break; }
        if (found >= 0) cur = found;
        else {
            out[o++] = (unsigned short)cur;
            if (next < MAXCODE) { prefix[next] = cur; suffix[next] = c; next++; }
            cur = c;
        }
    }
    out[o++] = (unsigned short)cur;
    return o;
}

static size_t emit(int code, unsigned char *out)
{
    unsigned char stack[MAXCODE];
    size_t sp = 0, i;
    while (code >= 256) { stack[sp++] = (unsigned char)suffix[code]; code = prefix[code]; }
    stack[sp++] = (unsigned char)code;
    for (i = 0; i < sp; i++) out[i] = stack[sp - 1 - i];
    return sp;
}
static size_t lzw_dec(const unsigned short *in, size_t n, unsigned char *out)
{
    int next = 256, prev;
    size_t k, o = 0;
    if (!n) return 0;
    prev = in[0];
    o += emit(prev, out);
    for (k = 1; k < n; k++) {
        int code = in[k];
        size_t start = o, len;
        if (code < next) len = emit(code, out + o);
        else { len = emit(prev, out + o); out[o + len] = out[o]; len++; }
        if (next < MAXCODE) { prefix[next] = prev; suffix[next] = out[start]; next++; }
        o += len;
        prev = code;
    }
    return o;
}

int main(void)
{
    static unsigned char src[6000], enc[12000], dec[6000];
    static unsigned short codes[6000];
    size_t n = 0, e, d;
    int i;
    const char *phrase = "TOBEORNOTTOBEORTOBEORNOT#";
    while (n + 25 < 3000) { memcpy(src + n, phrase, 25); n += 25; }
    for (i = 0; i < 500; i++) src[n++] = (unsigned char)(i / 50);
    for (i = 0; i < 300; i++) src[n++] = (unsigned char)((i * 7919) % 251);
    e = rle_enc(src, n, enc);
    d = rle_dec(enc, e, dec);
    printf("rle: %u -> %u -> %u ok %d\n", (unsigned)n, (unsigned)e, (unsigned)d, d == n && !memcmp(src, dec, n));
    e = lzw_enc(src, n, codes);
    memset(dec, 0, sizeof dec);
    d = lzw_dec(codes, e, dec);
    printf("lzw: %u -> %u codes -> %u ok %d\n", (unsigned)n, (unsigned)e, (unsigned)d, d == n && !memcmp(src, dec, n));
    printf("first codes:");
    for (i = 0; i < 20; i++) printf(" %u", codes[i]);
    printf("\n");
    return 0;
}
