#include "kern/panic.h"

#include "kern/console.h"
#include "kern/machine.h"

const char* interruption_name(uint32_t code) {
  static const char* const names[] = {
      "(none)", "high-priority machine check", "power fail", "recovery counter",
      "external interrupt", "low-priority machine check", "instruction TLB miss",
      "instruction memory protection", "illegal instruction", "break", "privileged operation",
      "privileged register", "overflow", "conditional", "assist exception", "data TLB miss",
      "non-access instruction TLB miss", "non-access data TLB miss", "data memory protection",
      "data memory break", "TLB dirty bit", "page reference", "assist emulation",
      "higher-privilege transfer", "lower-privilege transfer", "taken branch",
      "data memory access rights", "data memory protection id", "unaligned data reference",
      "(29)", "(30)", "(31)"};
  return code < 32 ? names[code] : "(unknown)";
}

void panic(const char* fmt, ...) {
  machine::disable_psw_interrupts();
  console_write("panic: ");
  va_list ap;
  va_start(ap, fmt);
  kvprintf(fmt, ap);
  va_end(ap);
  console_putc('\n');
  machine::halt(kPanicStatus);
}

void panic_trap(const SavedState& ss, const char* why) {
  machine::disable_psw_interrupts();
  const uint32_t code = interruption_code(ss);
  kprintf("panic: %s: interruption %u (%s) at privilege %u\n", why, code, interruption_name(code),
          interrupted_privilege(ss));
  kprintf("  iiasq %08x.%08x  iiaoq %08x.%08x  ipsw %08x\n", ss.iiasq[0], ss.iiasq[1], ss.iiaoq[0],
          ss.iiaoq[1], ss.ipsw);
  kprintf("  iir %08x  isr %08x  ior %08x  sar %u\n", ss.iir, ss.isr, ss.ior, ss.sar);
  for (unsigned r = 0; r < 32; r += 4)
    kprintf("  r%02u %08x  r%02u %08x  r%02u %08x  r%02u %08x\n", r, ss.gr[r], r + 1, ss.gr[r + 1], r + 2,
            ss.gr[r + 2], r + 3, ss.gr[r + 3]);
  if (ss.code & SS_CODE_SHADOWED) kprintf("  (r1 r8 r9 r16 r17 r24 r25: as the TLB-miss handler left them)\n");
  kprintf("  sr0-7 %x %x %x %x %x %x %x %x\n", ss.sr[0], ss.sr[1], ss.sr[2], ss.sr[3], ss.sr[4], ss.sr[5], ss.sr[6],
          ss.sr[7]);
  machine::halt(kPanicStatus);
}
