// Cache timing model: construction, validation, the miss/LRU path,
// maintenance operations and statistics.  The hit path is inline in cache.h.
#include "cache/cache.h"

#include <bit>
#include <stdexcept>
#include <string>

namespace cache {

namespace {

[[noreturn]] void bad(const std::string& what) {
  throw std::invalid_argument("cache config: " + what);
}

bool pow2(uint32_t v) { return std::has_single_bit(v); }

uint32_t log2u(uint32_t v) { return static_cast<uint32_t>(std::countr_zero(v)); }

}  // namespace

void CacheConfig::validate() const {
  const auto n = [](uint32_t v) { return std::to_string(v); };
  if (size_bytes == 0 || !pow2(size_bytes))
    bad("size_bytes (" + n(size_bytes) + ") must be a non-zero power of two");
  if (line_bytes < 4 || !pow2(line_bytes))
    bad("line_bytes (" + n(line_bytes) + ") must be a power of two, at least 4");
  if (line_bytes > size_bytes)
    bad("line_bytes (" + n(line_bytes) + ") is larger than size_bytes (" + n(size_bytes) + ")");
  if (ways == 0 || !pow2(ways))
    bad("ways (" + n(ways) + ") must be a power of two, at least 1");
  const uint32_t lines = size_bytes / line_bytes;
  if (ways > lines)
    bad("ways (" + n(ways) + ") exceeds the number of lines (" + n(lines) + " = size_bytes / line_bytes)");
  if (space_hash == SpaceHash::xor_space_bits) {
    if (space_hash_bits < 1 || space_hash_bits > 32)
      bad("space_hash_bits (" + n(space_hash_bits) + ") must be in 1..32");
    if (space_hash_shift >= 32)
      bad("space_hash_shift (" + n(space_hash_shift) + ") must be below 32");
    if (space_hash_shift < log2u(line_bytes))
      bad("space_hash_shift (" + n(space_hash_shift) + ") is below log2(line_bytes) (" +
          n(log2u(line_bytes)) + "): space bits would land in the byte-in-line offset");
  } else if (space_hash != SpaceHash::none) {
    bad("space_hash has an unknown value");
  }
  if (write_policy != WritePolicy::write_back && write_policy != WritePolicy::write_through)
    bad("write_policy has an unknown value");
}

CacheConfig CacheConfig::hp730_dcache() {
  CacheConfig c;  // the member defaults are the D-cache
  c.size_bytes = 256 * 1024;
  c.space_hash_bits = 6;  // index bits above the page offset: 18 - 12
  return c;
}

CacheConfig CacheConfig::hp730_icache() {
  CacheConfig c;
  c.size_bytes = 128 * 1024;
  c.space_hash_bits = 5;  // index bits above the page offset: 17 - 12
  return c;
}

Cache::Cache(const CacheConfig& cfg) : cfg_(cfg) {
  cfg_.validate();
  const bool hashed = cfg_.space_hash == SpaceHash::xor_space_bits;
  space_mask_ = !hashed                       ? 0u
                : cfg_.space_hash_bits >= 32 ? ~0u
                                             : (1u << cfg_.space_hash_bits) - 1u;
  space_shift_ = hashed ? cfg_.space_hash_shift : 0u;
  line_shift_ = log2u(cfg_.line_bytes);
  way_shift_ = log2u(cfg_.ways);
  const uint32_t sets = cfg_.size_bytes / cfg_.line_bytes / cfg_.ways;
  set_mask_ = sets - 1;
  line_addr_mask_ = ~(cfg_.line_bytes - 1);
  const bool wb = cfg_.write_policy == WritePolicy::write_back;
  dirty_on_write_ = wb ? kDirty : 0u;
  write_hit_cycles_ = wb ? 0u : cfg_.write_through_cycles;
  tags_.assign(std::size_t(sets) * cfg_.ways, 0u);
}

uint32_t Cache::writeback_if_dirty(uint32_t& line) {
  if ((line & (kValid | kDirty)) != (kValid | kDirty)) return 0;
  ++writebacks_;
  line &= ~kDirty;
  return cfg_.dirty_writeback_cycles;
}

// Everything but an MRU-way hit: a hit in another way (moved to the front),
// or a miss (fill at the front, evicting an invalid way or the LRU way).
uint32_t Cache::access_slow(uint32_t* lines, uint32_t want, bool is_write) {
  const uint32_t ways = cfg_.ways;
  for (uint32_t w = 1; w < ways; ++w) {
    if ((lines[w] & ~kDirty) == want) {
      const uint32_t hit = lines[w] | (is_write ? dirty_on_write_ : 0u);
      for (uint32_t i = w; i > 0; --i) lines[i] = lines[i - 1];
      lines[0] = hit;
      ++hits_[is_write];
      return is_write ? write_hit_cycles_ : 0u;
    }
  }
  ++misses_[is_write];
  if (is_write && !cfg_.allocate_on_write_miss) return cfg_.write_through_cycles;

  uint32_t victim = ways - 1;
  for (uint32_t w = 0; w < ways; ++w) {
    if (!(lines[w] & kValid)) {
      victim = w;
      break;
    }
  }
  uint32_t cycles = cfg_.miss_penalty_cycles + writeback_if_dirty(lines[victim]);
  for (uint32_t i = victim; i > 0; --i) lines[i] = lines[i - 1];
  lines[0] = want | (is_write ? dirty_on_write_ : 0u);
  if (is_write) cycles += write_hit_cycles_;
  return cycles;
}

uint32_t* Cache::find(uint32_t space, uint32_t vaddr_offset, uint32_t paddr) {
  uint32_t* lines = set_ptr(set_index(space, vaddr_offset));
  const uint32_t want = (paddr & line_addr_mask_) | kValid;
  for (uint32_t w = 0; w < cfg_.ways; ++w)
    if ((lines[w] & ~kDirty) == want) return &lines[w];
  return nullptr;
}

const uint32_t* Cache::find(uint32_t space, uint32_t vaddr_offset, uint32_t paddr) const {
  return const_cast<Cache*>(this)->find(space, vaddr_offset, paddr);
}

bool Cache::contains(uint32_t space, uint32_t vaddr_offset, uint32_t paddr) const {
  return find(space, vaddr_offset, paddr) != nullptr;
}

bool Cache::is_dirty(uint32_t space, uint32_t vaddr_offset, uint32_t paddr) const {
  const uint32_t* line = find(space, vaddr_offset, paddr);
  return line && (*line & kDirty);
}

uint32_t Cache::flush_line(uint32_t space, uint32_t offset, uint32_t paddr) {
  ++flushes_;
  uint32_t cycles = cfg_.maintenance_cycles;
  if (uint32_t* line = find(space, offset, paddr)) {
    cycles += writeback_if_dirty(*line);
    *line = 0;
  }
  return cycles;
}

uint32_t Cache::purge_line(uint32_t space, uint32_t offset, uint32_t paddr) {
  ++purges_;
  if (uint32_t* line = find(space, offset, paddr)) *line = 0;
  return cfg_.maintenance_cycles;
}

uint32_t Cache::flush_entry(uint32_t space, uint32_t offset) {
  ++flushes_;
  uint32_t cycles = cfg_.maintenance_cycles;
  uint32_t* lines = set_ptr(set_index(space, offset));
  for (uint32_t w = 0; w < cfg_.ways; ++w) {
    cycles += writeback_if_dirty(lines[w]);
    lines[w] = 0;
  }
  return cycles;
}

uint32_t Cache::flush_all() {
  uint64_t cycles = 0;
  for (uint32_t& line : tags_) {
    cycles += writeback_if_dirty(line);
    line = 0;
  }
  return cycles > UINT32_MAX ? UINT32_MAX : static_cast<uint32_t>(cycles);
}

void Cache::invalidate_all() {
  for (uint32_t& line : tags_) line = 0;
}

CacheStats Cache::stats() const noexcept {
  CacheStats s;
  s.read_hits = hits_[0];
  s.read_misses = misses_[0];
  s.write_hits = hits_[1];
  s.write_misses = misses_[1];
  s.writebacks = writebacks_;
  s.flushes = flushes_;
  s.purges = purges_;
  return s;
}

void Cache::reset_stats() noexcept {
  hits_[0] = hits_[1] = 0;
  misses_[0] = misses_[1] = 0;
  writebacks_ = flushes_ = purges_ = 0;
}

void Cache::for_each_stat(
    const std::function<void(std::string_view, uint64_t, std::string_view)>& fn) const {
  fn("read_hits", hits_[0], "loads and instruction fetches that hit");
  fn("read_misses", misses_[0], "loads and instruction fetches that missed (line filled)");
  fn("write_hits", hits_[1], "stores that hit");
  fn("write_misses", misses_[1], "stores that missed (filled only if write-allocate)");
  fn("writebacks", writebacks_, "dirty lines written back to memory (evictions and flushes)");
  fn("flushes", flushes_, "flush instructions executed (FDC/FIC by line, FDCE/FICE by entry)");
  fn("purges", purges_, "purge instructions executed (PDC: invalidate without write-back)");
}

}  // namespace cache
