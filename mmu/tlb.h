// The PA7000's instruction or data TLB: fully associative, N entries (96 on
// the PA7000 for each of the ITLB and DTLB, NetBSD hppa cpu(4)), filled by
// software through the PA-RISC 1.1 two-step insert (IxTLBA, then IxTLBP).
//
// Part of mmu/, a leaf library: it includes nothing outside mmu/.  The
// platform drives it (sim/fs/full_system.cpp; sim/se/address_space.cpp for
// syscall emulation's stand-in TLBs); the core never sees a TLB.
//
// Why it looks as it does: a lookup happens on every new page the core
// touches, so it is a hash from (space, vpn) to a slot with about one probe
// and no allocation.  What the manual leaves to the implementation is a
// choice in TlbConfig: the replacement policy (FIFO by default: the PA7000's
// was not found in any source) and what one PxTLBE purges (the whole TLB by
// default, as pdc_purge_loop() tells the OS).  A lone IxTLBP for a valid page
// rewrites its protection, because Utah Mach relies on it.  The eviction
// callback lets the platform drop what the core cached from a translation
// that went away.  The details, with sources: docs/mmu.md.
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
  // The counters a full-system run reports, as add(name, value, description)
  // in a fixed order; names are unprefixed, the owner adds "itlb."/"dtlb.".
  // (Syscall emulation's stand-in TLBs report their refills instead:
  // se::AddressSpace::for_each_stat.)
  template <class F>
  void for_each_stat(F&& add) const {
    add("inserts", stats_.inserts, "IxTLBA insertions");
    add("evictions", stats_.evictions, "entries replaced to make room");
  }

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
