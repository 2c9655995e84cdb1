// The PA7000's instruction or data TLB: fully associative, N entries (96 on
// the PA7000 for each of the ITLB and DTLB, NetBSD hppa cpu(4)), filled by
// software through the PA-RISC 1.1 two-step insert.
//
// Leaf library: no dependency on sim/ or pa_risc/.
//
// ---------------------------------------------------------------------------
// Lookup: an open-addressing hash (linear probing, backward-shift deletion)
// from (space, vpn) to the entry's slot, sized to a power of two >= 4 N at
// construction.  find()/lookup() do no allocation and, at that load factor,
// about one probe.
//
// Two-step insert (IITLBA + IITLBP, IDTLBA + IDTLBP):
//   insert_address(space, vpn, word)
//     Picks the slot for (space, vpn): the slot already holding that page if
//     there is one, else a free slot, else the replacement victim (whose
//     translation is evicted).  Writes the tag and physical page; the entry
//     is "pending" -- invisible to lookups -- until its protection arrives.
//     Only one address may be pending: a second IxTLBA for another page
//     abandons the first (its slot becomes free).
//   insert_protection(space, vpn, word)
//     If the pending entry is for (space, vpn): writes the protection and
//     makes the entry valid (Completed).
//     Else, if a valid entry for (space, vpn) exists: replaces its protection
//     (Updated).  Utah Mach does this -- a lone idtlbp to clear the D bit of
//     a page it just inserted (locore.s $dtlb_maybewriter).
//     Else: the manual leaves the result undefined; the model ignores the
//     word and counts it (Ignored, stats().orphan_protection_inserts).
//   Either way the protection word is decoded as IxTLBP defines (tlb_entry.h).
//   The model has no insert-to-use delay: the ~7-instruction window of real
//   hardware (Linux entry.S) is not modelled.
//
// Replacement (when no slot is free):
//   Fifo   a round-robin pointer over the slots, advanced on each
//          replacement: with free slots taken first (lowest-numbered first),
//          this evicts entries in insertion order -- after a full purge,
//          inserts 1..N fill slots 0..N-1 and insert N+1 evicts the first.
//   Random a 16-bit maximal Galois LFSR (taps 0xB400) stepped on each
//          replacement; victim = state mod N.  Deterministic for a seed.
//   The PA7000's real policy was not found in any source searched (the
//   PA-RISC 1.1 manual leaves it to the implementation); Fifo is the default.
//
// Purges:
//   purge(space, vpn)         PITLB/PDTLB: removes the entry for that page
//                             (a pending one too).
//   purge_entry(space, off)   PITLBE/PDTLBE.  The architecture purges "an
//                             implementation-dependent" set of entries and
//                             software purges the whole TLB with a loop whose
//                             parameters come from PDC_CACHE (NetBSD
//                             machdep.c ptlball: for sp_count spaces, for
//                             off_count offsets, loop times: pdtlbe).
//                             WholeTlb (default): one PxTLBE empties the whole
//                               TLB; firmware should report sp_count =
//                               off_count = loop = 1 (pdc_purge_loop()).
//                             OneSlot: PxTLBE empties slot (off >> 12) mod N;
//                               firmware reports off_count = N, stride 4096.
//   purge_all()               the same as a WholeTlb PxTLBE (reset, tests).
//   Block TLB entries live in BlockTlb and are never touched by these.
//
// Eviction callback: called with (space, vpn) whenever a valid translation
// stops being valid as it was -- replaced, purged, re-inserted by IxTLBA, or
// its protection changed by a lone IxTLBP -- so the core can drop what it
// cached from it.  Not called by set_dirty(), which the caller itself asked
// for.  The callback must not call back into this Tlb.
// ---------------------------------------------------------------------------
#pragma once
#include <cstdint>
#include <functional>
#include <vector>

#include "mmu/tlb_entry.h"

namespace mmu {

enum class Replacement : uint8_t { Fifo, Random };
enum class PurgeEntryMode : uint8_t { WholeTlb, OneSlot };

struct TlbConfig {
  unsigned entries = 96;  // PA7000: 96 ITLB + 96 DTLB entries
  Replacement replacement = Replacement::Fifo;
  uint16_t random_seed = 0xace1;  // Random only; 0 is replaced by 1
  PurgeEntryMode purge_entry_mode = PurgeEntryMode::WholeTlb;
};

struct TlbStats {
  uint64_t lookups = 0;
  uint64_t hits = 0;
  uint64_t misses = 0;
  uint64_t inserts = 0;                    // IxTLBA
  uint64_t protection_inserts = 0;         // IxTLBP completing a pending entry
  uint64_t protection_updates = 0;         // IxTLBP rewriting a valid entry
  uint64_t orphan_protection_inserts = 0;  // IxTLBP with nothing to apply to
  uint64_t evictions = 0;                  // valid entries lost to replacement
  uint64_t purges = 0;                     // valid entries removed by PxTLB/PxTLBE
  uint64_t purge_ops = 0;                  // PxTLB executed
  uint64_t purge_entry_ops = 0;            // PxTLBE executed
};

enum class ProtInsertResult : uint8_t { Completed, Updated, Ignored };

// The PDC_CACHE TLB purge-loop parameters (it_/dt_ sp_base, sp_stride,
// sp_count, off_base, off_stride, off_count, loop) that make the OS's
// PxTLBE loop purge this whole TLB.
struct PdcTlbPurgeLoop {
  uint32_t sp_base = 0, sp_stride = 0, sp_count = 1;
  uint32_t off_base = 0, off_stride = 0, off_count = 1;
  uint32_t loop = 1;
};

class Tlb {
 public:
  using EvictionCallback = std::function<void(uint32_t space, uint32_t vpn)>;

  explicit Tlb(const TlbConfig& config = {});

  // --- lookup (no allocation) ---
  // The valid entry for (space, vpn), or nullptr.  find() counts nothing;
  // lookup() also counts lookups/hits/misses.  A caller that counts by itself
  // uses find() and reports in bulk through count_lookups().
  const TlbEntry* find(uint32_t space, uint32_t vpn) const noexcept {
    const uint64_t key = make_key(space, vpn);
    for (uint32_t h = home(key);; h = (h + 1) & mask_) {
      const Bucket& b = table_[h];
      if (b.slot < 0) return nullptr;
      if (b.key == key) {
        const TlbEntry& e = entries_[static_cast<unsigned>(b.slot)];
        return e.valid ? &e : nullptr;
      }
    }
  }
  const TlbEntry* lookup(uint32_t space, uint32_t vpn) noexcept {
    const TlbEntry* e = find(space, vpn);
    ++stats_.lookups;
    if (e) ++stats_.hits; else ++stats_.misses;
    return e;
  }
  void count_lookups(uint64_t lookups, uint64_t hits) noexcept {
    stats_.lookups += lookups;
    stats_.hits += hits;
    stats_.misses += lookups - hits;
  }

  // --- the insert instructions (vpn = offset >> 12 of the IxTLBx operand) ---
  void insert_address(uint32_t space, uint32_t vpn, uint32_t address_word);
  ProtInsertResult insert_protection(uint32_t space, uint32_t vpn, uint32_t protection_word);
  // Both steps at once (firmware, tests).
  void insert(uint32_t space, uint32_t vpn, uint32_t ppn, const Protection& prot) {
    insert_address(space, vpn, encode_address_word(ppn));
    insert_protection(space, vpn, prot.encode());
  }

  // --- purges ---
  bool purge(uint32_t space, uint32_t vpn);        // PxTLB: true if an entry went
  void purge_entry(uint32_t space, uint32_t offset);  // PxTLBE
  void purge_all();
  PdcTlbPurgeLoop pdc_purge_loop() const;

  // Sets D in the valid entry for (space, vpn); false if there is none.
  bool set_dirty(uint32_t space, uint32_t vpn);

  void set_eviction_callback(EvictionCallback cb) { on_evict_ = std::move(cb); }

  // --- introspection ---
  unsigned capacity() const { return static_cast<unsigned>(entries_.size()); }
  unsigned size() const { return valid_count_; }  // valid entries
  const TlbEntry& slot(unsigned i) const { return entries_[i]; }
  int slot_of(uint32_t space, uint32_t vpn) const;  // valid or pending; -1 if none
  bool has_pending() const { return pending_ >= 0; }
  const TlbConfig& config() const { return config_; }
  const TlbStats& stats() const { return stats_; }
  void reset_stats() { stats_ = {}; }

 private:
  struct Bucket {
    uint64_t key = 0;
    int32_t slot = -1;  // -1: empty
  };
  enum class State : uint8_t { Free, Pending, Valid };

  static uint64_t make_key(uint32_t space, uint32_t vpn) {
    return (uint64_t{space} << 32) | (vpn & kVpnMask);
  }
  uint32_t home(uint64_t key) const {
    return static_cast<uint32_t>((key * 0x9e3779b97f4a7c15ull) >> shift_);
  }
  int bucket_of(uint64_t key) const;
  void table_insert(uint64_t key, int slot);
  void table_erase(int bucket);
  int take_free_slot();
  unsigned choose_victim();
  // Empties slot i (valid or pending); `reason` counts it.
  enum class Why : uint8_t { Evict, Purge, Abandon };
  void drop_slot(unsigned i, Why why);
  void notify(const TlbEntry& e) {
    if (on_evict_) on_evict_(e.space, e.vpn);
  }

  TlbConfig config_;
  std::vector<TlbEntry> entries_;
  std::vector<State> state_;
  std::vector<uint64_t> free_bits_;  // bit i set: slot i is free
  std::vector<Bucket> table_;
  uint32_t mask_ = 0;
  unsigned shift_ = 0;
  unsigned valid_count_ = 0;
  int pending_ = -1;
  unsigned rr_ = 0;       // Fifo pointer
  uint16_t lfsr_ = 1;     // Random state
  TlbStats stats_;
  EvictionCallback on_evict_;
};

}  // namespace mmu
