// Timing model of the HP 9000/730's off-chip caches: virtually indexed,
// physically tagged, holding tags and state only, never data.  The
// functional simulation reads and writes guest memory on its own and asks
// this model, for every instruction fetch (I-cache) and every load/store
// (D-cache), how many stall cycles the access costs.  Keeping data out of
// the model keeps the two concerns apart and the hit path a few
// instructions long: access() is inline, and a hit in the MRU way is one
// index computation, one tag compare and a counter increment.
//
// Uncached references (I/O space, pages with the TLB's U bit) are the
// caller's: they are never passed to access().  The index function (space
// bits hashed into the set, an assumption with its sources), the timing
// rules and replacement are described in docs/cache.md.
//
// Leaf library: nothing from sim/, pa_risc/ or mmu/ is included here.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace cache {

enum class WritePolicy : uint8_t {
  write_back,     // stores dirty the line; dirty victims are written back
  write_through,  // every store also goes to memory; lines are never dirty
};

enum class SpaceHash : uint8_t {
  none,            // set index from the offset only
  xor_space_bits,  // low space_hash_bits of the space XORed into offset bits
                   // [space_hash_shift, space_hash_shift + space_hash_bits)
};

// Geometry, policy and costs of one cache.  The member defaults are the
// 730's 256 KB D-cache; use hp730_dcache() / hp730_icache() to say so.
struct CacheConfig {
  // 256 KB D-cache, 128 KB I-cache.  Source: design brief; TechMonitor's
  // "Snake" launch item.
  uint32_t size_bytes = 256 * 1024;
  // 32-byte lines.  Source: Linux include/asm-parisc/cache.h (2.6 era):
  // "PA 1.1 processors have 32-byte cachelines"; the design brief.  (Later
  // Linux says the L1 length "appears to be 16 bytes but this is not clearly
  // documented"; PDC reports it in cc_line.)
  uint32_t line_bytes = 32;
  // Associativity, a power of two.  The 730's caches are direct-mapped
  // (design brief; Linux show_cache_info prints dc_loop == 1 as such).
  uint32_t ways = 1;
  // The 730's D-cache is write-back (design brief).
  WritePolicy write_policy = WritePolicy::write_back;
  // Whether a store miss fills the line.  ASSUMPTION: write-allocate, the
  // usual companion of write-back; no PA7000 source found.
  bool allocate_on_write_miss = true;
  // Stall of a miss (line fill).  Source: the Utah papers' "about 14 cycles"
  // (brief-supplied; not found in the sources searched).
  uint32_t miss_penalty_cycles = 14;
  // Extra stall when the line being replaced or flushed is dirty and must be
  // written back.  ASSUMPTION: no copy-back buffer on the PA7000 (its cache
  // is not lockup-free), and writing 32 bytes back costs
  // what reading them costs, i.e. miss_penalty_cycles.
  uint32_t dirty_writeback_cycles = 14;
  // Stall of a store that must itself reach memory: every store in
  // write-through mode, and a write miss that does not allocate.
  // ASSUMPTION: no write buffer, priced like a memory transaction (14).
  // Unused by the 730's write-back, write-allocate D-cache.
  uint32_t write_through_cycles = 14;
  // Stall of one FDC/FIC/PDC/FDCE/FICE beyond its issue cycle, not counting
  // write-back.  ASSUMPTION: 0; the core charges these instructions'
  // cache-port occupancy like a store's.  No PA7000 figure found.
  uint32_t maintenance_cycles = 0;
  // Index function; see the header comment.  ASSUMPTION (bits and position).
  SpaceHash space_hash = SpaceHash::xor_space_bits;
  uint32_t space_hash_bits = 6;    // 1..32
  uint32_t space_hash_shift = 12;  // >= log2(line_bytes), < 32

  // Throws std::invalid_argument naming the field and the rule it breaks.
  void validate() const;

  // 256 KB D-cache: direct-mapped, 32-byte lines, write-back, 14-cycle miss,
  // space bits 0..5 hashed into offset bits 12..17.
  static CacheConfig hp730_dcache();
  // 128 KB I-cache: direct-mapped, 32-byte lines, 14-cycle miss, space bits
  // 0..4 hashed into offset bits 12..16.  Never written (is_write=false).
  static CacheConfig hp730_icache();
};

// Counters, in gem5 style.  for_each_stat() gives the names and one-line
// descriptions.
struct CacheStats {
  uint64_t read_hits = 0;
  uint64_t read_misses = 0;
  uint64_t write_hits = 0;
  uint64_t write_misses = 0;
  uint64_t writebacks = 0;
  uint64_t flushes = 0;
  uint64_t purges = 0;
};

class Cache {
 public:
  // Validates cfg (std::invalid_argument on bad geometry); all lines invalid.
  explicit Cache(const CacheConfig& cfg);

  // One cacheable access; returns its stall cycles (0 on a hit).  Loads and
  // instruction fetches pass is_write=false.  See the header comment.
  uint32_t access(uint32_t space, uint32_t vaddr_offset, uint32_t paddr, bool is_write);

  // --- Maintenance, with PA-RISC semantics.  Each returns its stall cycles.
  //
  // FDC (D-cache): if the line holding paddr is in the set that
  // (space, offset) selects, write it back if dirty, then invalidate it.
  // FIC (I-cache): the same call; I-cache lines are never dirty, so it only
  // invalidates.  Counts one flush.
  uint32_t flush_line(uint32_t space, uint32_t offset, uint32_t paddr);
  // PDC: invalidate the line holding paddr in the selected set WITHOUT
  // writing it back; a dirty line's data is lost.  Counts one purge.
  uint32_t purge_line(uint32_t space, uint32_t offset, uint32_t paddr);
  // FDCE / FICE: flush whatever the entry selected by (space, offset) holds,
  // without any tag compare: write back if dirty, invalidate.  These are the
  // "flush the entire cache" loop instructions (stride/count from
  // PDC_CACHE_INFO).  With ways > 1 every way of the selected set is
  // flushed.  Counts one flush.
  uint32_t flush_entry(uint32_t space, uint32_t offset);
  // Write back every dirty line and invalidate everything.  A model-level
  // operation (what a complete FDCE loop achieves), not an instruction:
  // counts writebacks but no flushes, and returns only the write-back cost.
  uint32_t flush_all();
  // Invalidate everything, discarding dirty data (power-on / reset).  Free,
  // counts nothing.
  void invalidate_all();

  // --- Queries (no side effects, no statistics).
  uint32_t set_index(uint32_t space, uint32_t vaddr_offset) const noexcept {
    return ((vaddr_offset ^ ((space & space_mask_) << space_shift_)) >> line_shift_) & set_mask_;
  }
  bool contains(uint32_t space, uint32_t vaddr_offset, uint32_t paddr) const;
  bool is_dirty(uint32_t space, uint32_t vaddr_offset, uint32_t paddr) const;
  uint32_t num_sets() const noexcept { return set_mask_ + 1; }
  const CacheConfig& config() const noexcept { return cfg_; }

  // --- Statistics.
  CacheStats stats() const noexcept;
  // Read and write misses, as stats() would sum them (for samplers).
  uint64_t misses() const noexcept { return misses_[0] + misses_[1]; }
  void reset_stats() noexcept;
  // Calls fn(name, value, description) for each counter, in a fixed order.
  // Names are unprefixed ("read_hits"); the caller adds "icache."/"dcache.".
  void for_each_stat(
      const std::function<void(std::string_view name, uint64_t value, std::string_view desc)>& fn)
      const;

 private:
  // Tag word of a line: the physical line address with two flag bits in the
  // low (line-offset) bits, which validation guarantees are free.  0 means
  // invalid.
  static constexpr uint32_t kValid = 1;
  static constexpr uint32_t kDirty = 2;

  uint32_t access_slow(uint32_t* set_lines, uint32_t want, bool is_write);
  uint32_t writeback_if_dirty(uint32_t& line);
  uint32_t* set_ptr(uint32_t set) noexcept { return &tags_[std::size_t(set) << way_shift_]; }
  const uint32_t* set_ptr(uint32_t set) const noexcept {
    return &tags_[std::size_t(set) << way_shift_];
  }
  uint32_t* find(uint32_t space, uint32_t vaddr_offset, uint32_t paddr);
  const uint32_t* find(uint32_t space, uint32_t vaddr_offset, uint32_t paddr) const;

  CacheConfig cfg_;
  // Hot fields first.
  uint32_t space_mask_;       // 0 when space hashing is off
  uint32_t space_shift_;
  uint32_t line_shift_;
  uint32_t set_mask_;
  uint32_t way_shift_;
  uint32_t line_addr_mask_;   // ~(line_bytes - 1)
  uint32_t dirty_on_write_;   // kDirty (write-back) or 0 (write-through)
  uint32_t write_hit_cycles_; // 0 (write-back) or write_through_cycles
  uint64_t hits_[2] = {0, 0};    // [is_write]
  uint64_t misses_[2] = {0, 0};  // [is_write]
  uint64_t writebacks_ = 0;
  uint64_t flushes_ = 0;
  uint64_t purges_ = 0;
  std::vector<uint32_t> tags_;  // num_sets * ways, each set MRU-first
};

inline uint32_t Cache::access(uint32_t space, uint32_t vaddr_offset, uint32_t paddr,
                              bool is_write) {
  uint32_t* const lines = set_ptr(set_index(space, vaddr_offset));
  const uint32_t want = (paddr & line_addr_mask_) | kValid;
  if ((lines[0] & ~kDirty) == want) [[likely]] {
    lines[0] |= is_write ? dirty_on_write_ : 0u;
    ++hits_[is_write];
    return is_write ? write_hit_cycles_ : 0u;
  }
  return access_slow(lines, want, is_write);
}

}  // namespace cache
