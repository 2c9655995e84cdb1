#include "mmu/block_tlb.h"

#include <algorithm>
#include <bit>
#include <stdexcept>

namespace mmu {

BlockTlb::BlockTlb(const BlockTlbConfig& config) : config_(config) {
  if (config.entries == 0 || config.entries > 64)
    throw std::invalid_argument("mmu::BlockTlb: entries must be 1..64");
  if (!std::has_single_bit(config.min_pages) || !std::has_single_bit(config.max_pages) ||
      config.min_pages > config.max_pages || config.max_pages > (1u << 20))
    throw std::invalid_argument("mmu::BlockTlb: min/max pages must be powers of two, min <= max <= 2^20");
  entries_.resize(config.entries);
}

void BlockTlb::drop(BlockTlbEntry& e) {
  if (!e.valid) return;
  e.valid = false;
  if (on_evict_) on_evict_(e.space, e.vpn, e.pages);
}

int32_t BlockTlb::insert(unsigned slot, uint32_t space, uint32_t vpn, uint32_t ppn, uint32_t pages,
                         uint32_t protection_word) {
  if (slot >= capacity()) return pdc::InvalidArg;
  if (!std::has_single_bit(pages) || pages < config_.min_pages || pages > config_.max_pages)
    return pdc::InvalidArg;
  if ((vpn & (pages - 1)) != 0 || (ppn & (pages - 1)) != 0) return pdc::InvalidArg;
  if (uint64_t{vpn} + pages > (uint64_t{1} << 20) || uint64_t{ppn} + pages > (uint64_t{1} << 20))
    return pdc::InvalidArg;
  for (unsigned i = 0; i < capacity(); ++i) {
    const BlockTlbEntry& o = entries_[i];
    if (i == slot || !o.valid || o.space != space) continue;
    if (vpn < o.vpn + o.pages && o.vpn < vpn + pages) return pdc::InvalidArg;
  }
  BlockTlbEntry& e = entries_[slot];
  drop(e);
  e.space = space;
  e.vpn = vpn;
  e.ppn = ppn;
  e.pages = pages;
  e.prot = Protection::decode(protection_word);
  e.valid = true;
  return pdc::Ok;
}

int32_t BlockTlb::purge(unsigned slot) {
  if (slot >= capacity()) return pdc::InvalidArg;
  drop(entries_[slot]);
  return pdc::Ok;
}

void BlockTlb::purge_all() {
  for (BlockTlbEntry& e : entries_) drop(e);
}

PdcBlockTlb::Info PdcBlockTlb::info() const {
  Info r;
  r.min_pages = std::max(i_.config().min_pages, d_.config().min_pages);
  r.max_pages = std::min(i_.config().max_pages, d_.config().max_pages);
  r.fixed_i = static_cast<uint8_t>(i_.capacity());
  r.fixed_d = static_cast<uint8_t>(d_.capacity());
  return r;
}

BlockTlb* PdcBlockTlb::route(uint32_t slot, unsigned& local) const {
  if (slot < i_.capacity()) {
    local = slot;
    return &i_;
  }
  if (slot - i_.capacity() < d_.capacity()) {
    local = slot - i_.capacity();
    return &d_;
  }
  return nullptr;
}

int32_t PdcBlockTlb::insert(uint32_t space, uint32_t va_frame, uint32_t pa_frame, uint32_t frames,
                            uint32_t protection_word, uint32_t slot) {
  unsigned local = 0;
  BlockTlb* t = route(slot, local);
  if (!t) return pdc::InvalidArg;
  return t->insert(local, space, va_frame, pa_frame, frames, protection_word);
}

int32_t PdcBlockTlb::purge(uint32_t /*space*/, uint32_t /*va_frame*/, uint32_t slot,
                           uint32_t /*frames*/) {
  unsigned local = 0;
  BlockTlb* t = route(slot, local);
  if (!t) return pdc::InvalidArg;
  return t->purge(local);
}

int32_t PdcBlockTlb::purge_all() {
  i_.purge_all();
  d_.purge_all();
  return pdc::Ok;
}

}  // namespace mmu
