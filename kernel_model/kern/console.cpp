#include "kern/console.h"

#include "kern/machine.h"

void console_putc(char c) { *machine::kConsole = static_cast<uint8_t>(c); }

void console_write(const char* s) {
  while (*s) console_putc(*s++);
}

namespace {
void put_unsigned(uint32_t v, unsigned base, int width, char pad) {
  char buf[12];
  int n = 0;
  do {
    const uint32_t digit = v % base;
    buf[n++] = static_cast<char>(digit < 10 ? '0' + digit : 'a' + digit - 10);
    v /= base;
  } while (v);
  while (width-- > n) console_putc(pad);
  while (n) console_putc(buf[--n]);
}
}  // namespace

void kvprintf(const char* fmt, va_list ap) {
  for (; *fmt; ++fmt) {
    if (*fmt != '%') {
      console_putc(*fmt);
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
      case 's': console_write(va_arg(ap, const char*)); break;
      case 'c': console_putc(static_cast<char>(va_arg(ap, int))); break;
      case 'd': {
        const int v = va_arg(ap, int);
        if (v < 0) console_putc('-');
        put_unsigned(v < 0 ? 0u - static_cast<uint32_t>(v) : static_cast<uint32_t>(v), 10, width, pad);
        break;
      }
      case 'u': put_unsigned(va_arg(ap, uint32_t), 10, width, pad); break;
      case 'x': put_unsigned(va_arg(ap, uint32_t), 16, width, pad); break;
      case 'p': console_write("0x"); put_unsigned(va_arg(ap, uint32_t), 16, 8, '0'); break;
      case '%': console_putc('%'); break;
      case '\0': return;
      default: console_putc('%'); console_putc(*fmt); break;
    }
  }
}

void kprintf(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  kvprintf(fmt, ap);
  va_end(ap);
}
