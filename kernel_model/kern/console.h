// Kernel console output: characters to the simulator's console device.
#pragma once
#include <stdarg.h>
#include <stdint.h>

void console_putc(char c);
void console_write(const char* s);
// printf subset (include/pa730/format.h): %s %c %d %u %x %08x %p %%.
void kprintf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
void kvprintf(const char* fmt, va_list ap);
