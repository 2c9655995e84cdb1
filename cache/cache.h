// Timing model of the HP 9000/730's off-chip caches: a virtually indexed,
// physically tagged cache that answers "how many stall cycles does this
// access cost?".  It holds tags and state only, never data: the functional
// simulation reads and writes guest memory on its own, and calls this model
// for every instruction fetch (I-cache) and every load/store (D-cache) to
// learn the cost.
//
// Leaf library: nothing from sim/, pa_risc/ or mmu/ is included here.
//
// ---------------------------------------------------------------------------
// What the caller passes
//
//   access(space, vaddr_offset, paddr, is_write)
//     space         the space identifier of the access (the value of the
//                   space register the instruction selected)
//     vaddr_offset  the 32-bit offset of the virtual address (GR base + disp)
//     paddr         the physical address the TLB translated it to
//     is_write      store (true) or load / fetch (false)
//
// The set is chosen from the VIRTUAL address (offset, and space bits when
// space hashing is on); the line is recognised by its PHYSICAL address.  So
// two virtual aliases of one physical line that select the same set hit on
// each other's line, and two different physical lines that collide in a set
// never hit on each other, whatever their spaces.
//
// Uncached references are the caller's business: accesses to I/O space and
// to pages whose TLB entry has the U (uncacheable) bit set must simply not be
// passed to access().  The cache neither sees nor counts them.
//
// ---------------------------------------------------------------------------
// Index function (a documented, configurable ASSUMPTION)
//
//   set = ((offset XOR ((space & (2^b - 1)) << s)) >> log2(line_bytes))
//         & (num_sets - 1)
//
// i.e. the low b bits of the space id are XORed into offset bits
// [s, s+b), then the ordinary index bits are taken.  b = space_hash_bits,
// s = space_hash_shift; SpaceHash::none makes the space id irrelevant.
//
// What is established (sources):
//  * The PA7000 "PCX-S" (the 730's CPU) does hash the space id into both
//    cache indices.  Linux arch/parisc/kernel/pacache.S,
//    disable_sr_hashing_asm, label srdis_pcxs ("Disable Space Register
//    Hashing for PCXS,PCXT,PCXT'"), clears two bits of diagnose register
//    DR0 named "DHE (dcache hash enable)" and "IHE (icache hash enable)";
//    arch/parisc/kernel/cache.c, disable_sr_hashing(), selects that sequence
//    for cpu_type pcxs/pcxt/pcxt_.  Linux turns hashing off at boot, so
//    firmware leaves it on; HP-UX is reported to run with it on (qemu-devel,
//    "target/hppa: mask offset bits in gva", Apr 2024, about PA 2.0
//    machines).  The Utah-era kernels this project models are assumed to
//    leave it on (the design brief: "the space id takes part in the index").
//  * Firmware reports how many space-id bits take part through
//    PDC_CACHE / PDC_CACHE_RET_SPID (Linux firmware.c, pdc_spaceid_bits()).
//    No PCX-S value for it was found.  (A 2024 qemu-devel thread reports a
//    PA-8700 machine answering 0xfe0: PA 2.0, not applicable here.)
//  * Note: the dc_conf.cc_sh PDC field is NOT space hashing; Linux
//    show_cache_info() prints it as "shared I/D".
//
// What is assumed (not found in any source reachable here; the PA-RISC 1.1
// manual's "Address Aliasing" section, p. 3-6, is the place to check):
//  * The exact bits.  Default: s = 12 (the 4 KB page shift), so the index
//    bits inside a page stay pure offset bits, and b = the number of index
//    bits above the page offset (6 for the 256 KB D-cache: offset bits
//    12..17; 5 for the 128 KB I-cache: offset bits 12..16).  Same offset in
//    spaces that differ in their low b bits -> different sets; spaces equal
//    in their low b bits collide and are told apart by the physical tag.
//
// ---------------------------------------------------------------------------
// Timing rules (all cycle counts are stall cycles on top of the instruction's
// own issue cycle, which the core charges)
//
//   read/fetch hit                      0
//   write hit, write-back               0 (line becomes dirty)
//   write hit, write-through            write_through_cycles
//   read miss                           miss_penalty_cycles
//                                       + dirty_writeback_cycles if the
//                                         victim line was dirty
//   write miss, allocate                as a read miss (line filled), then as
//                                       a write hit (dirty, or + write-through)
//   write miss, no allocate             write_through_cycles (the store goes
//                                       around the cache; nothing is filled)
//   flush_line / purge_line /
//   flush_entry                         maintenance_cycles
//                                       + dirty_writeback_cycles per line
//                                         written back
//
// Replacement when ways > 1: true LRU.  Each set keeps its ways in
// most-recently-used order (way 0 = MRU); a hit moves the line to the front,
// a fill goes to the front and evicts an invalid way if there is one, else
// the last (least recently used) way.
//
// Speed: access() is inline.  On a hit in the MRU way (every hit of a
// direct-mapped cache) it is one index computation, one tag compare, a
// counter increment and a return: no allocation, no virtual call, no branch
// on configuration.  Everything else goes to an out-of-line slow path.
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
  // 256 KB D-cache, 128 KB I-cache.  Source: design brief; TechMonitor
  // "Snake" launch item (pa7000-facts.md §1).
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
  // (brief-supplied; not found in the search corpus, pa7000-facts.md §10).
  uint32_t miss_penalty_cycles = 14;
  // Extra stall when the line being replaced or flushed is dirty and must be
  // written back.  ASSUMPTION: no copy-back buffer on the PA7000 (its cache
  // is not lockup-free, pa7000-facts.md §5), and writing 32 bytes back costs
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
