#include "kern/console.h"

#include "include/pa730/format.h"
#include "kern/machine.h"

void console_putc(char c) { *machine::kConsole = static_cast<uint8_t>(c); }

void console_write(const char* s) {
  while (*s) console_putc(*s++);
}

namespace {
void console_sink(void*, char c) { console_putc(c); }
}  // namespace

void kvprintf(const char* fmt, va_list ap) { pa730_format(console_sink, nullptr, fmt, ap); }

void kprintf(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  kvprintf(fmt, ap);
  va_end(ap);
}
