/* printf-style formatting for guest code without a C library: the kernel's
   kprintf (kern/console.cpp) and the user library's printf
   (workloads/mach/lib/printf.c) both format through this one function, each
   with its own sink.  C and C++.

   Conversions: %d %u %x %s %c %p %%, with a field width and 0 padding
   (%08x); %p prints 0x and eight hex digits. */
#ifndef PA730_FORMAT_H
#define PA730_FORMAT_H
#include <stdarg.h>

typedef void (*pa730_sink)(void* context, char c);

static inline void pa730_put_number(pa730_sink put, void* cx, unsigned v, unsigned base, int negative, int width,
                                    char pad) {
  char digits[12];
  int n = 0;
  do {
    digits[n++] = "0123456789abcdef"[v % base];
    v /= base;
  } while (v);
  if (negative) digits[n++] = '-';
  while (width-- > n) put(cx, pad);
  while (n) put(cx, digits[--n]);
}

static inline void pa730_format(pa730_sink put, void* cx, const char* fmt, va_list ap) {
  for (; *fmt; ++fmt) {
    if (*fmt != '%') {
      put(cx, *fmt);
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
        pa730_put_number(put, cx, v < 0 ? 0u - (unsigned)v : (unsigned)v, 10, v < 0, width, pad);
        break;
      }
      case 'u': pa730_put_number(put, cx, va_arg(ap, unsigned), 10, 0, width, pad); break;
      case 'x': pa730_put_number(put, cx, va_arg(ap, unsigned), 16, 0, width, pad); break;
      case 'p':
        put(cx, '0');
        put(cx, 'x');
        pa730_put_number(put, cx, (unsigned)(unsigned long)va_arg(ap, void*), 16, 0, 8, '0');
        break;
      case 'c': put(cx, (char)va_arg(ap, int)); break;
      case 's': {
        const char* s = va_arg(ap, const char*);
        int n = 0;
        while (s[n]) ++n;
        while (width-- > n) put(cx, pad);
        while (*s) put(cx, *s++);
        break;
      }
      case '%': put(cx, '%'); break;
      case '\0': return;
      default:
        put(cx, '%');
        put(cx, *fmt);
        break;
    }
  }
}

#endif
