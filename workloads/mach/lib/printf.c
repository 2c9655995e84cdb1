#include "libmach.h"
#include "pa730/format.h"

size_t strlen(const char* s) {
  size_t n = 0;
  while (s[n]) ++n;
  return n;
}

void* memset(void* dst, int c, size_t n) {
  unsigned char* d = dst;
  while (n--) *d++ = (unsigned char)c;
  return dst;
}

/* Word at a time when both are word aligned (MIG stubs copy kilobytes). */
void* memcpy(void* dst, const void* src, size_t n) {
  unsigned char* d = dst;
  const unsigned char* s = src;
  if ((((unsigned)d | (unsigned)s) & 3) == 0) {
    unsigned* dw = (unsigned*)d;
    const unsigned* sw = (const unsigned*)s;
    for (; n >= 16; n -= 16, dw += 4, sw += 4) {
      const unsigned a = sw[0], b = sw[1], c = sw[2], e = sw[3];
      dw[0] = a;
      dw[1] = b;
      dw[2] = c;
      dw[3] = e;
    }
    for (; n >= 4; n -= 4) *dw++ = *sw++;
    d = (unsigned char*)dw;
    s = (const unsigned char*)sw;
  }
  while (n--) *d++ = *s++;
  return dst;
}

int memcmp(const void* a, const void* b, size_t n) {
  const unsigned char* x = a;
  const unsigned char* y = b;
  for (; n; --n, ++x, ++y)
    if (*x != *y) return *x < *y ? -1 : 1;
  return 0;
}

int strcmp(const char* a, const char* b) {
  while (*a && *a == *b) ++a, ++b;
  return (unsigned char)*a - (unsigned char)*b;
}

unsigned long strtoul_simple(const char* s, int* ok) {
  unsigned long v = 0;
  unsigned base = 10;
  *ok = s && *s;
  if (!*ok) return 0;
  if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && s[2]) {
    base = 16;
    s += 2;
  }
  for (; *s; ++s) {
    unsigned digit;
    if (*s >= '0' && *s <= '9') digit = (unsigned)(*s - '0');
    else if (base == 16 && *s >= 'a' && *s <= 'f') digit = (unsigned)(*s - 'a' + 10);
    else if (base == 16 && *s >= 'A' && *s <= 'F') digit = (unsigned)(*s - 'A' + 10);
    else {
      *ok = 0;
      return 0;
    }
    v = v * base + digit;
  }
  return v;
}

struct out {
  char* buf;
  size_t size, len;
};

static void buffer_sink(void* context, char c) {
  struct out* o = context;
  if (o->len + 1 < o->size) o->buf[o->len] = c;
  ++o->len;
}

int vsnprintf(char* buf, size_t size, const char* fmt, va_list ap) {
  struct out o = {buf, size, 0};
  pa730_format(buffer_sink, &o, fmt, ap);
  if (size) buf[o.len < size ? o.len : size - 1] = 0;
  return (int)o.len;
}

int snprintf(char* buf, size_t size, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  const int n = vsnprintf(buf, size, fmt, ap);
  va_end(ap);
  return n;
}

int printf(const char* fmt, ...) {
  char line[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  kc_console_write(line, n < (int)sizeof line ? (unsigned)n : sizeof line - 1);
  return n;
}
