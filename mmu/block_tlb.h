// Block TLB: a few entries, each translating a contiguous, size-aligned run
// of virtual pages.  The PA7000 has a 4-entry instruction BTLB and a 4-entry
// data BTLB (NetBSD hppa cpu(4)).
//
// Leaf library: no dependency on sim/ or pa_risc/.
//
// ---------------------------------------------------------------------------
// BTLB entries are not loaded by architected instructions: the OS asks the
// firmware, through the PDC_BLOCK_TLB procedure (PDC procedure 18), which on
// real machines writes the BTLB with implementation-specific diagnose
// instructions (QEMU emulates it as a DIAG, mem_helper.c diag_btlb).  The
// simulator will expose it through a documented DIAG-based firmware call;
// PdcBlockTlb below is that call's back end.  Its options and operands, as
// Linux firmware.c and NetBSD machdep.c (hppa_btlb_insert) use them:
//
//   option 0  PDC_BTLB_INFO       -> 4 words at the caller's buffer:
//                                    min_size, max_size (pages),
//                                    fixed-range slots  (num_i << 16 | num_d << 8 | num_c),
//                                    variable-range slots (same packing)
//   option 1  PDC_BTLB_INSERT     (space, va_frame, pa_frame, frames,
//                                    protection word [IxTLBP format], slot)
//   option 2  PDC_BTLB_PURGE      (space, va_frame, slot, frames): purges slot
//   option 3  PDC_BTLB_PURGE_ALL  ()
//   status: 0 PDC_OK, -2 PDC_BAD_OPTION, -10 PDC_INVALID_ARG
//
// Slot numbers run over the instruction BTLB first, then the data BTLB
// (NetBSD numbers its slots from finfo.num_i, then num_d, then num_c).  All
// PA7000 slots are modelled as fixed-range: the page count is a power of two
// within [min_pages, max_pages], and the virtual and physical start pages are
// multiples of it (NetBSD: a mapping not so aligned "requires a
// variable-range slot").  Overlapping another valid slot of the same BTLB is
// rejected (hardware behaviour for overlaps is undefined).
//
// The protection word is decoded like IxTLBP's (tlb_entry.h), T, D, B and U
// included: Utah Mach's locore.s notes that it "set[s] the dirty bit" on the
// BTLB entry mapping the kernel so that no TLB dirty trap happens there,
// which says the PA7000 honours D in BTLB entries.  (QEMU instead forces
// D = 1, T = 0.)
//
// The PA7000's min/max block sizes were not found; the defaults are QEMU's
// PDC answer (1 page .. 16384 pages = 64 MB).
//
// Neither PxTLB nor PxTLBE touches BTLB entries (QEMU hppa_flush_tlb_ent
// "Never clear BTLBs, unless forced"); only the firmware call does.
//
// Lookup is a linear scan of the (4) entries.  The core should consult the
// BTLB and the TLB for the same access; software must not map one page in
// both (undefined on real hardware), and the model does not arbitrate.
// ---------------------------------------------------------------------------
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <vector>

#include "mmu/tlb_entry.h"

namespace mmu {

struct BlockTlbConfig {
  unsigned entries = 4;        // PA7000: 4 instruction + 4 data
  uint32_t min_pages = 1;      // PDC_BTLB_INFO min_size (unverified for the PA7000)
  uint32_t max_pages = 16384;  // PDC_BTLB_INFO max_size (unverified for the PA7000)
};

struct BlockTlbEntry {
  uint32_t space = 0;
  uint32_t vpn = 0;    // first virtual page (a multiple of pages)
  uint32_t ppn = 0;    // first physical page (a multiple of pages)
  uint32_t pages = 0;  // a power of two
  Protection prot;
  bool valid = false;

  constexpr bool contains(uint32_t s, uint32_t v) const {
    return valid && s == space && (v & ~(pages - 1)) == vpn;
  }
  constexpr uint32_t translate(uint32_t v) const { return ppn + (v - vpn); }
  constexpr uint32_t physical_address(uint32_t offset) const {
    return (translate(offset >> kPageBits) << kPageBits) | (offset & ((1u << kPageBits) - 1));
  }
};

// PDC status codes.
namespace pdc {
constexpr int32_t Ok = 0;
constexpr int32_t BadOption = -2;
constexpr int32_t InvalidArg = -10;
constexpr uint32_t BlockTlbProc = 18;  // PDC_BLOCK_TLB
constexpr uint32_t BtlbInfo = 0, BtlbInsert = 1, BtlbPurge = 2, BtlbPurgeAll = 3;
}  // namespace pdc

class BlockTlb {
 public:
  using EvictionCallback = std::function<void(uint32_t space, uint32_t vpn, uint32_t pages)>;

  explicit BlockTlb(const BlockTlbConfig& config = {});

  // The valid entry mapping (space, vpn), or nullptr.
  const BlockTlbEntry* lookup(uint32_t space, uint32_t vpn) const noexcept {
    for (const BlockTlbEntry& e : entries_)
      if (e.contains(space, vpn)) return &e;
    return nullptr;
  }

  // Writes slot `slot`; pdc::Ok or pdc::InvalidArg (slot out of range, page
  // count not a power of two or out of [min_pages, max_pages], start pages
  // not multiples of it, range past the 32-bit space, or overlap with another
  // valid slot).  A valid entry the slot held is evicted first.
  int32_t insert(unsigned slot, uint32_t space, uint32_t vpn, uint32_t ppn, uint32_t pages,
                 uint32_t protection_word);
  int32_t purge(unsigned slot);
  void purge_all();

  void set_eviction_callback(EvictionCallback cb) { on_evict_ = std::move(cb); }

  unsigned capacity() const { return static_cast<unsigned>(entries_.size()); }
  const BlockTlbEntry& slot(unsigned i) const { return entries_[i]; }
  const BlockTlbConfig& config() const { return config_; }

 private:
  void drop(BlockTlbEntry& e);

  BlockTlbConfig config_;
  std::vector<BlockTlbEntry> entries_;
  EvictionCallback on_evict_;
};

// Back end of the PDC_BLOCK_TLB firmware call over an instruction and a data
// BTLB (see the header comment for the operands).
class PdcBlockTlb {
 public:
  PdcBlockTlb(BlockTlb& instruction, BlockTlb& data) : i_(instruction), d_(data) {}

  struct Info {
    uint32_t min_pages = 0, max_pages = 0;
    uint8_t fixed_i = 0, fixed_d = 0, fixed_c = 0;
    uint8_t variable_i = 0, variable_d = 0, variable_c = 0;
    // The four words PDC_BTLB_INFO stores at the caller's buffer.
    std::array<uint32_t, 4> words() const {
      return {min_pages, max_pages,
              uint32_t(fixed_i) << 16 | uint32_t(fixed_d) << 8 | fixed_c,
              uint32_t(variable_i) << 16 | uint32_t(variable_d) << 8 | variable_c};
    }
  };
  Info info() const;

  int32_t insert(uint32_t space, uint32_t va_frame, uint32_t pa_frame, uint32_t frames,
                 uint32_t protection_word, uint32_t slot);
  int32_t purge(uint32_t space, uint32_t va_frame, uint32_t slot, uint32_t frames);
  int32_t purge_all();

 private:
  // The BTLB a global slot number names, and the slot within it.
  BlockTlb* route(uint32_t slot, unsigned& local) const;

  BlockTlb& i_;
  BlockTlb& d_;
};

}  // namespace mmu
