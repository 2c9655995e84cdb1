#include "kern/bootstrap.h"

#include "include/pa730/kcall.h"
#include "kern/console.h"
#include "kern/machine.h"
#include "kern/panic.h"
#include "vm/pmap.h"

namespace {

// ELF32 (big-endian on PA-RISC, as the kernel is: plain loads read it).
struct Elf32Header {
  uint8_t ident[16];
  uint16_t type, machine;
  uint32_t version, entry, phoff, shoff, flags;
  uint16_t ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
};
struct Elf32Phdr {
  uint32_t type, offset, vaddr, paddr, filesz, memsz, flags, align;
};
constexpr uint16_t kEmParisc = 15;
constexpr uint32_t kPtLoad = 1;
constexpr uint32_t kPfX = 1, kPfW = 2, kPfR = 4;

unsigned prot_of(uint32_t flags) {
  return ((flags & kPfR) ? VM_PROT_READ : 0) | ((flags & kPfW) ? VM_PROT_WRITE : 0) |
         ((flags & kPfX) ? VM_PROT_EXECUTE : 0);
}

bool fail(const BootModule& m, const char* why) {
  kprintf("bootstrap: module %s: %s\n", m.name, why);
  return false;
}

bool load_segments(Task* task, const BootModule& m, uint32_t* entry) {
  const uint8_t* image = reinterpret_cast<const uint8_t*>(m.paddr);
  if (m.size < sizeof(Elf32Header)) return fail(m, "too short for an ELF header");
  const auto* eh = reinterpret_cast<const Elf32Header*>(image);
  if (eh->ident[0] != 0x7f || eh->ident[1] != 'E' || eh->ident[2] != 'L' || eh->ident[3] != 'F' ||
      eh->ident[4] != 1 || eh->ident[5] != 2 || eh->machine != kEmParisc)
    return fail(m, "not a 32-bit big-endian PA-RISC ELF file");
  if (eh->phentsize != sizeof(Elf32Phdr) || eh->phoff + eh->phnum * sizeof(Elf32Phdr) > m.size)
    return fail(m, "bad program headers");
  const auto* ph = reinterpret_cast<const Elf32Phdr*>(image + eh->phoff);
  for (unsigned i = 0; i < eh->phnum; ++i) {
    const Elf32Phdr& p = ph[i];
    if (p.type != kPtLoad || p.memsz == 0) continue;
    if (p.filesz > p.memsz || p.offset + p.filesz > m.size) return fail(m, "segment outside the file");
    if (p.vaddr >= kUserStackBase || p.vaddr + p.memsz > kUserStackBase)
      return fail(m, "segment outside the user program area");
    if (vm_map_enter(task->map, p.vaddr, p.memsz, prot_of(p.flags)) != KERN_SUCCESS)
      return fail(m, "segments overlap (link with page-aligned segments)");
    // Fill the pages now, through their physical addresses.
    for (uint32_t done = 0; done < p.filesz;) {
      const uint32_t va = p.vaddr + done;
      const uint32_t pa = vm_map_page(task->map, va);
      if (!pa) return fail(m, "out of memory");
      const uint32_t in_page = va & (machine::kPageBytes - 1);
      uint32_t n = machine::kPageBytes - in_page;
      if (n > p.filesz - done) n = p.filesz - done;
      uint8_t* dst = reinterpret_cast<uint8_t*>(pa + in_page);
      for (uint32_t k = 0; k < n; ++k) dst[k] = image[p.offset + done + k];
      done += n;
    }
  }
  *entry = eh->entry;
  return true;
}

}  // namespace

void map_kernel(uint32_t ram_bytes) {
  using namespace tlbprot;
  // Kernel text: read/execute at privilege 0 only (type 2, PL1 = PL2 = 0).
  const uint32_t text = (2u << TypeShift);
  // The gateway page: type 4 (promote to 0), executable from every level
  // (PL2 = 0 .. PL1 = 3).
  const uint32_t gateway = (4u << TypeShift) | (3u << Pl1Shift);
  // All of RAM: read/write at privilege 0, dirty already (no dirty traps
  // on kernel stores, as Utah Mach sets it).
  const uint32_t data = D | (1u << TypeShift);
  const uint32_t gw_page = GATEWAY_ADDRESS >> machine::kPageShift;
  int32_t st = machine::pdc_btlb_insert(0, 0, 0, gw_page, text, 0);
  if (st == 0) st = machine::pdc_btlb_insert(0, gw_page, gw_page, 1, gateway, 1);
  // A block is a power of two of pages, aligned on its size and no larger
  // than the firmware allows: RAM of any size goes in as the largest such
  // blocks from 0 up (48 MB = 32 + 16), in data slots 4..6.
  uint32_t info[4] = {};
  if (st == 0) st = machine::pdc_btlb_info(info);
  const uint32_t max_block = info[1] ? info[1] : 1;
  const uint32_t ram_pages = ram_bytes >> machine::kPageShift;
  uint32_t mapped = 0;
  for (uint32_t slot = 4; st == 0 && mapped < ram_pages && slot < 7; ++slot) {
    uint32_t block = 1;
    while (block * 2 <= ram_pages - mapped && block * 2 <= max_block && (mapped & (block * 2 - 1)) == 0) block *= 2;
    st = machine::pdc_btlb_insert(0, mapped, mapped, block, data, slot);
    mapped += block;
  }
  if (st == 0 && mapped < ram_pages)
    panic("RAM of %u KB needs more than three block-TLB entries; mapped %u KB", ram_bytes >> 10, mapped << 2);
  // The simulator's devices (console, halt), uncached, for the kernel only.
  constexpr uint32_t kIoPage = 0xf0000000u >> machine::kPageShift;
  if (st == 0) st = machine::pdc_btlb_insert(0, kIoPage, kIoPage, 2, data | (1u << 19), 7);
  if (st != 0) panic("block TLB setup failed (PDC status %d)", st);
}

namespace {

// argv for the task's main(): the module name, then the blank-separated
// words of its argument string, laid out at the bottom of the user stack
// region (strings, then the pointer array); the stack starts above them.
// Returns where the stack may start, 0 if it does not fit.
uint32_t place_arguments(Task* task, const BootModule& m, const char* args, uint32_t* argc_out, uint32_t* argv_out) {
  constexpr unsigned kMaxArgs = 16;
  const uint32_t pa = vm_map_page(task->map, kUserStackBase);
  if (!pa) return 0;
  char* page = reinterpret_cast<char*>(pa);  // the first stack page, reached physically
  uint32_t offsets[kMaxArgs];
  uint32_t argc = 0, used = 0;
  auto add = [&](const char* word, unsigned len) {
    if (argc == kMaxArgs || used + len + 1 > 1024) return;
    offsets[argc++] = used;
    for (unsigned i = 0; i < len; ++i) page[used++] = word[i];
    page[used++] = 0;
  };
  unsigned n = 0;
  while (n < sizeof m.name && m.name[n]) ++n;
  add(m.name, n);
  for (unsigned i = 0; i < BOOTINFO_ARGS_BYTES && args[i];) {
    if (args[i] == ' ') {
      ++i;
      continue;
    }
    unsigned j = i;
    while (j < BOOTINFO_ARGS_BYTES && args[j] && args[j] != ' ') ++j;
    add(args + i, j - i);
    i = j;
  }
  used = (used + 3) & ~3u;
  uint32_t* argv = reinterpret_cast<uint32_t*>(page + used);
  for (uint32_t i = 0; i < argc; ++i) argv[i] = kUserStackBase + offsets[i];
  argv[argc] = 0;
  *argc_out = argc;
  *argv_out = kUserStackBase + used;
  used += 4 * (argc + 1);
  return kUserStackBase + ((used + 63) & ~63u);
}

}  // namespace

Task* load_boot_module(const BootModule& m, const char* args) {
  Task* task = task_create(m.name);
  if (!task) {
    kprintf("bootstrap: module %s: out of tasks\n", m.name);
    return nullptr;
  }
  uint32_t entry = 0, argc = 0, argv = 0, stack = 0;
  Thread* t = nullptr;
  if (load_segments(task, m, &entry) &&
      vm_map_enter(task->map, kUserStackBase, kUserStackBytes, VM_PROT_READ | VM_PROT_WRITE) == KERN_SUCCESS &&
      (stack = place_arguments(task, m, args, &argc, &argv)) != 0)
    t = user_thread_create(task, entry, argc, stack);
  if (!t) {
    task_terminate(task, -1);
    return nullptr;
  }
  t->pcb.ss.gr[25] = argv;  // main(argc, argv)
  return task;
}
