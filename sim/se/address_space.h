// The user address space of a syscall-emulated Linux process.
//
// Regions (as mmap sees them) are backed by 4 KB frames of the board's RAM,
// allocated on first touch.  This is the MemoryBackend behind the core's
// flat page maps: it fills them on demand and leaves page 0 — the Linux
// gateway page — unmapped, so entering it reaches the syscall layer as an
// instruction TLB miss at 0xb0 / 0xe0 / 0x100.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "mmu/tlb.h"
#include "pa_risc/guest_memory.h"

namespace sim::se {

enum Prot : uint8_t { kProtNone = 0, kProtRead = 1, kProtWrite = 2, kProtExec = 4 };

struct Region {
  uint32_t end;  // exclusive
  uint8_t prot;
};

// The TLB stand-in of syscall emulation: with no guest kernel to refill the
// TLBs, the simulator keeps the 96-entry ITLB and DTLB itself and charges a
// fixed number of cycles per miss.  The core's flat maps only hold pages
// present in these TLBs, so a miss is seen exactly when the hardware would.
struct SeTlbModel {
  bool enabled = false;
  mmu::TlbConfig itlb, dtlb;
  uint32_t miss_cycles = 25;
};

class AddressSpace : public pa::MemoryBackend {
 public:
  AddressSpace(pa::GuestMemory& mem, uint8_t* ram, uint64_t ram_bytes, const SeTlbModel& tlbs = {});
  const mmu::Tlb* itlb() const { return tlb_.enabled ? &itlb_ : nullptr; }
  const mmu::Tlb* dtlb() const { return tlb_.enabled ? &dtlb_ : nullptr; }

  void fill(pa::GuestMemory& mem, uint32_t space, uint32_t offset, pa::Access access) override;
  // A flush of a mapped page whatever its rights (FIC on a data page, as
  // GCC's stack trampolines do): Linux's TLB handler inserts the
  // translation, so the flush proceeds.  Unmapped pages still miss.
  uint8_t* non_access_page(uint32_t space, uint32_t offset, bool instruction_side) override;

  // Region management; addresses and lengths are page-aligned by the caller.
  void map(uint32_t start, uint32_t len, uint8_t prot);
  void unmap(uint32_t start, uint32_t len);
  bool protect(uint32_t start, uint32_t len, uint8_t prot);
  bool is_free(uint32_t start, uint32_t len) const;
  // Lowest free range of `len` bytes at or above `hint` (0 if none).
  uint32_t find_free(uint32_t hint, uint32_t len) const;
  const Region* region_at(uint32_t addr) const;
  // Would `len` more bytes of mappings still fit in the RAM behind them?
  // Frames are taken on first touch, so mmap and brk ask first and answer
  // ENOMEM (strict accounting, as Linux with overcommit disabled) instead
  // of running out of RAM later at a touch that cannot fail.
  bool can_commit(uint64_t len) const;

  // Host-side copy into guest memory ignoring page protections (loader).
  void poke(uint32_t addr, const void* src, size_t len);
  // Host-side copy out of guest memory; untouched pages read as zero.
  void peek(uint32_t addr, void* dst, size_t len) const;

  uint64_t frames_in_use() const { return frames_used_; }
  // The stand-in TLBs' counters (timed runs only), as add(name, value,
  // description): "itlb.misses", "itlb.evictions", then the same for dtlb.
  template <class F>
  void for_each_stat(F&& add) const {
    if (!tlb_.enabled) return;
    for (const auto& [name, tlb] : {std::pair{"itlb", &itlb_}, std::pair{"dtlb", &dtlb_}}) {
      add(std::string(name) + ".misses", tlb->stats().misses, "refills (each charged se.tlb_miss_cycles)");
      add(std::string(name) + ".evictions", tlb->stats().evictions, "entries replaced to make room");
    }
  }

 private:
  uint8_t* frame_for(uint32_t vpn);  // allocates a zeroed frame on first use
  void release(uint32_t vpn);
  void remap_page(uint32_t vpn);
  std::vector<std::pair<uint32_t, Region>> carve(uint32_t start, uint64_t end);

  pa::GuestMemory& mem_;
  SeTlbModel tlb_;
  mmu::Tlb itlb_, dtlb_;
  uint8_t* ram_;
  uint64_t frame_count_;
  std::vector<uint32_t> free_frames_;
  uint64_t next_frame_ = 0;
  uint64_t frames_used_ = 0;
  std::vector<uint32_t> frame_of_vpn_;  // frame index + 1, or 0
  std::map<uint32_t, Region> regions_;   // keyed by start
};

}  // namespace sim::se
