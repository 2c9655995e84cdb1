#include "libmach.h"

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

void* memcpy(void* dst, const void* src, size_t n) {
  unsigned char* d = dst;
  const unsigned char* s = src;
  while (n--) *d++ = *s++;
  return dst;
}

struct out {
  char* buf;
  size_t size, len;
};

static void put(struct out* o, char c) {
  if (o->len + 1 < o->size) o->buf[o->len] = c;
  ++o->len;
}

static void put_number(struct out* o, unsigned long v, unsigned base, int negative, int width, char pad) {
  char digits[12];
  int n = 0;
  do {
    digits[n++] = "0123456789abcdef"[v % base];
    v /= base;
  } while (v);
  if (negative) digits[n++] = '-';
  while (width-- > n) put(o, pad);
  while (n) put(o, digits[--n]);
}

int vsnprintf(char* buf, size_t size, const char* fmt, va_list ap) {
  struct out o = {buf, size, 0};
  for (; *fmt; ++fmt) {
    if (*fmt != '%') {
      put(&o, *fmt);
      continue;
    }
    ++fmt;
    char pad = ' ';
    int width = 0;
    if (*fmt == '0') {
      pad = '0';
      ++fmt;
    }
    while (*fmt >= '0' && *fmt <= '9') width = width * 10 + (*fmt++ - '0');
    switch (*fmt) {
      case 'd': {
        const int v = va_arg(ap, int);
        put_number(&o, v < 0 ? -(unsigned)v : (unsigned)v, 10, v < 0, width, pad);
        break;
      }
      case 'u': put_number(&o, va_arg(ap, unsigned), 10, 0, width, pad); break;
      case 'x': put_number(&o, va_arg(ap, unsigned), 16, 0, width, pad); break;
      case 'p': put_number(&o, (unsigned long)va_arg(ap, void*), 16, 0, 8, '0'); break;
      case 'c': put(&o, (char)va_arg(ap, int)); break;
      case 's': {
        const char* s = va_arg(ap, const char*);
        for (int n = (int)strlen(s); width-- > n;) put(&o, pad);
        while (*s) put(&o, *s++);
        break;
      }
      case '%': put(&o, '%'); break;
      default: put(&o, '%'); put(&o, *fmt); break;
    }
    if (!*fmt) break;
  }
  if (size) buf[o.len < size ? o.len : size - 1] = 0;
  return (int)o.len;
}

int printf(const char* fmt, ...) {
  char line[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  console_write(line, n < (int)sizeof line ? (unsigned)n : sizeof line - 1);
  return n;
}
