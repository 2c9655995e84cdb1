// Full-system mode: the guest owns the machine from reset.
//
// The firmware: `diag 0x100` (privilege 0) calls the simulated PDC.
//   r26 = PDC procedure (18 = PDC_BLOCK_TLB), r25 = option, r24.. = operands,
//   status in r28 (0 ok, -2 bad option, -10 invalid argument).
// PDC_BLOCK_TLB (the PA7000's 4 + 4 entry block TLB):
//   option 0 (info): store the four info words at physical address r24
//   option 1 (insert): r24 space, r23 virtual page, r22 physical page,
//                      r21 page count (a power of two), r20 protection word
//                      (IxTLBP format), r19 slot (0..3 instruction, 4..7 data)
//   option 2 (purge): r24 space, r23 virtual page, r22 slot, r21 page count
//   option 3 (purge all)
//
// This class is the memory backend the core sees (physical RAM, I/O space
// over the bus) and the personality that loads a bare-metal ELF and starts
// it as the hardware would after reset: translation off, privilege 0, at the
// ELF entry.
#pragma once
#include <cstdint>

#include <vector>

#include "mmu/block_tlb.h"
#include "mmu/protection.h"
#include "mmu/tlb.h"
#include "pa_risc/guest_memory.h"
#include "sim/elf_image.h"
#include "sim/fs/boot_info.h"
#include "sim/personality.h"

namespace sim {

class CpuModule;
class HaltDevice;

class FullSystem : public Personality, public pa::MemoryBackend {
 public:
  struct Options {
    uint32_t io_base = 0xf0000000u;        // where I/O space begins
    mmu::TlbConfig itlb, dtlb;
    std::vector<BootModuleImage> modules;  // handed to the kernel (boot_info.h)
    uint32_t tick_cycles = 0;              // the kernel's clock period; 0: its default
    unsigned saved_contexts = 4;           // fs.saved_translation_contexts
    uint32_t boot_flags = 0;               // BootInfo.flags (kernel_model/include/pa730/bootinfo.h)
  };
  FullSystem(const ElfImage& kernel, CpuModule& cpu, HaltDevice& halt, Options options);
  const mmu::Tlb& itlb() const { return itlb_; }
  const mmu::Tlb& dtlb() const { return dtlb_; }

  // Personality
  void boot(pa::Core& core, uint8_t* ram, uint64_t ram_bytes) override;
  bool on_trap(pa::Core& core, const pa::RunResult& r) override;

  // MemoryBackend
  void fill(pa::GuestMemory& mem, uint32_t space, uint32_t offset, pa::Access access) override;
  bool is_io(uint32_t space, uint32_t offset) const override;
  uint64_t io_read(uint32_t space, uint32_t offset, unsigned size) override;
  void io_write(uint32_t space, uint32_t offset, unsigned size, uint64_t value) override;
  uint8_t* physical_page(uint32_t paddr) override;
  void tlb_operation(bool instruction_side, TlbOp op, uint32_t space, uint32_t offset, uint32_t operand) override;
  void on_context_change(const pa::CpuState& s) override;
  unsigned gateway_privilege(uint32_t space, uint32_t offset, unsigned current) override;
  uint32_t translate_data(uint32_t space, uint32_t offset) override;
  bool firmware_call(pa::CpuState& s) override;
  int probe(uint32_t space, uint32_t offset, bool write, unsigned requested, const pa::CpuState& s) override;

 private:
  const ElfImage& kernel_;
  std::vector<BootModuleImage> modules_;
  uint32_t tick_cycles_;
  uint32_t boot_flags_;
  // The translation of a data access with PSW D on (TLB, then block TLB),
  // or nullptr.
  const mmu::TlbEntry* data_translation(uint32_t space, uint32_t offset, mmu::TlbEntry& scratch) const;
  uint32_t io_physical(uint32_t space, uint32_t offset) const;
  CpuModule& cpu_;
  HaltDevice& halt_;
  uint32_t io_base_;
  // Every page the core has cached since the last context change, so a
  // change of privilege, translation mode or protection ids can drop them --
  // and put them aside, for a return to that context (kernel calls go
  // user -> kernel -> user) while the TLBs stay as they were.
  struct CachedPage {
    uint32_t vpn, space;
    uint8_t* host;
    bool exec, readable, writable;
    // Put aside with a code page: its predecoded page, given back at once
    // on return (GuestMemory::restore_decoded) instead of at the first fetch.
    pa::DecodedPage* decoded = nullptr;
  };
  struct SavedContext {
    uint64_t key = 0;
    uint64_t last_use = 0;
    bool valid = false;
    std::vector<CachedPage> pages;
  };
  void remember(const CachedPage& p) { cached_.push_back(p); }
  [[noreturn]] static void no_memory_there(uint32_t space, uint32_t offset);
  void forget_all();
  // A translation went away (eviction, purge, block-TLB change): nothing put
  // aside may come back, nor what is cached now be put aside.
  void translations_changed() {
    cached_tainted_ = true;
    for (auto& c : saved_) c.valid = false;
  }
  // Leaving the current context: its pages are unmapped and, when they can
  // come back, moved (not copied) to a saved slot.
  void leave_context();
  void restore_context(uint64_t key);

  mmu::Tlb itlb_, dtlb_;
  mmu::BlockTlb ibtlb_, dbtlb_;
  mmu::PdcBlockTlb pdc_btlb_{ibtlb_, dbtlb_};
  std::vector<CachedPage> cached_;
  bool cached_tainted_ = false;
  std::vector<SavedContext> saved_;
  uint64_t use_clock_ = 0;
  uint64_t context_key_ = ~0ull;
  pa::Core* core_ = nullptr;
  uint8_t* ram_ = nullptr;
  uint64_t ram_bytes_ = 0;
};

}  // namespace sim
