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

int printf(const char* fmt, ...) {
  char line[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  console_write(line, n < (int)sizeof line ? (unsigned)n : sizeof line - 1);
  return n;
}
