// memset/memcpy/memmove: gcc emits calls to them for structure copies and
// clears, even in freestanding code.  The attribute stops gcc from turning
// these very loops back into calls to themselves.
#include <stddef.h>
#include <stdint.h>

#define NO_LOOP_PATTERNS __attribute__((optimize("no-tree-loop-distribute-patterns")))

extern "C" {

NO_LOOP_PATTERNS void* memset(void* dst, int c, size_t n) {
  uint8_t* d = static_cast<uint8_t*>(dst);
  if (((reinterpret_cast<uintptr_t>(d) | n) & 3) == 0) {
    const uint32_t word = 0x01010101u * static_cast<uint8_t>(c);
    for (uint32_t* w = reinterpret_cast<uint32_t*>(d); n; n -= 4) *w++ = word;
    return dst;
  }
  while (n--) *d++ = static_cast<uint8_t>(c);
  return dst;
}

NO_LOOP_PATTERNS void* memcpy(void* dst, const void* src, size_t n) {
  uint8_t* d = static_cast<uint8_t*>(dst);
  const uint8_t* s = static_cast<const uint8_t*>(src);
  if (((reinterpret_cast<uintptr_t>(d) | reinterpret_cast<uintptr_t>(s) | n) & 3) == 0) {
    uint32_t* dw = reinterpret_cast<uint32_t*>(d);
    const uint32_t* sw = reinterpret_cast<const uint32_t*>(s);
    for (; n; n -= 4) *dw++ = *sw++;
    return dst;
  }
  while (n--) *d++ = *s++;
  return dst;
}

NO_LOOP_PATTERNS void* memmove(void* dst, const void* src, size_t n) {
  uint8_t* d = static_cast<uint8_t*>(dst);
  const uint8_t* s = static_cast<const uint8_t*>(src);
  if (d <= s || d >= s + n) return memcpy(dst, src, n);
  while (n--) d[n] = s[n];
  return dst;
}

}
