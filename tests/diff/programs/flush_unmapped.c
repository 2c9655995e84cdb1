/* Cache flushes and probes of addresses with no mapping, and flushes of
   data pages from the instruction side: Linux completes them (a flush does
   nothing, a probe answers 0, the base register is still modified), it
   does not kill the program. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  unsigned long unmapped = 0x7a000000ul;  /* between the heap and mmap area */
  unsigned long base = unmapped, stride = 64;
  asm volatile("fdc 0(%0)" : : "r"(unmapped) : "memory");
  asm volatile("fic 0(%%sr0,%0)" : : "r"(unmapped) : "memory");
  asm volatile("fdc,m %1(%0)" : "+r"(base) : "r"(stride) : "memory");
  asm volatile("fic,m %1(%%sr0,%0)" : "+r"(base) : "r"(stride) : "memory");
  printf("flushes of an unmapped page completed, base advanced by %lu\n", base - unmapped);
  unsigned long readable = 1, writable = 1;
  asm volatile("prober (%%sr0,%1),%2,%0" : "=r"(readable) : "r"(unmapped), "r"(3));
  asm volatile("probew (%%sr0,%1),%2,%0" : "=r"(writable) : "r"(unmapped), "r"(3));
  printf("probe of an unmapped page: read %lu write %lu\n", readable, writable);
  int *heap = malloc(4096 * sizeof(int));
  heap[0] = 7;
  asm volatile("fic 0(%%sr0,%0)" : : "r"(heap) : "memory");
  asm volatile("prober (%%sr0,%1),%2,%0" : "=r"(readable) : "r"(heap), "r"(3));
  printf("heap page: instruction-side flush done, readable %lu, value %d\n", readable, heap[0]);
  return 0;
}
