#include "sim/se/address_space.h"

#include <cstring>
#include <fmt/format.h>
#include <stdexcept>

namespace sim::se {

using pa::kPageBits;
using pa::kPageSize;

AddressSpace::AddressSpace(pa::GuestMemory& mem, uint8_t* ram, uint64_t ram_bytes, const SeTlbModel& tlbs)
    : mem_(mem),
      tlb_(tlbs),
      itlb_(tlbs.itlb),
      dtlb_(tlbs.dtlb),
      ram_(ram),
      frame_count_(ram_bytes / kPageSize),
      frame_of_vpn_(pa::kPageCount, 0) {
  // An entry leaving a TLB takes the core's cached translation with it.
  itlb_.set_eviction_callback([this](uint32_t, uint32_t vpn) { mem_.unmap_exec(vpn); });
  dtlb_.set_eviction_callback([this](uint32_t, uint32_t vpn) { mem_.unmap_data(vpn); });
}

const Region* AddressSpace::region_at(uint32_t addr) const {
  auto it = regions_.upper_bound(addr);
  if (it == regions_.begin()) return nullptr;
  --it;
  return addr < it->second.end ? &it->second : nullptr;
}

uint8_t* AddressSpace::frame_for(uint32_t vpn) {
  uint32_t f = frame_of_vpn_[vpn];
  if (f == 0) {
    uint64_t frame;
    if (!free_frames_.empty()) {
      frame = free_frames_.back();
      free_frames_.pop_back();
    } else if (next_frame_ < frame_count_) {
      frame = next_frame_++;
    } else {
      throw std::runtime_error(fmt::format(
          "out of simulated RAM ({} KB) while touching page 0x{:08x}; raise memory.size_mb",
          frame_count_ * kPageSize / 1024, vpn << kPageBits));
    }
    std::memset(ram_ + frame * kPageSize, 0, kPageSize);
    frame_of_vpn_[vpn] = static_cast<uint32_t>(frame + 1);
    ++frames_used_;
    f = static_cast<uint32_t>(frame + 1);
  }
  return ram_ + static_cast<uint64_t>(f - 1) * kPageSize;
}

void AddressSpace::release(uint32_t vpn) {
  if (uint32_t f = frame_of_vpn_[vpn]) {
    free_frames_.push_back(f - 1);
    frame_of_vpn_[vpn] = 0;
    --frames_used_;
  }
  mem_.unmap_page(vpn);
  if (tlb_.enabled) {
    itlb_.purge(0, vpn);
    dtlb_.purge(0, vpn);
  }
}

void AddressSpace::remap_page(uint32_t vpn) {
  // Drop the core's cached entry; the next access refills it with the new rights.
  if (frame_of_vpn_[vpn]) mem_.unmap_page(vpn);
}

void AddressSpace::fill(pa::GuestMemory& mem, uint32_t, uint32_t offset, pa::Access access) {
  const Region* r = region_at(offset);
  if (!r) return;  // the core raises the TLB-miss interruption
  const bool ok = (access == pa::Access::Read && (r->prot & kProtRead)) ||
                  (access == pa::Access::Write && (r->prot & kProtWrite)) ||
                  (access == pa::Access::Execute && (r->prot & kProtExec));
  if (!ok) return;
  const uint32_t vpn = offset >> kPageBits;
  if (!tlb_.enabled) {
    mem.map_page(vpn, frame_for(vpn), r->prot & kProtRead, r->prot & kProtWrite, r->prot & kProtExec);
    return;
  }
  mmu::Tlb& tlb = access == pa::Access::Execute ? itlb_ : dtlb_;
  if (!tlb.lookup(0, vpn)) {
    uint8_t* host = frame_for(vpn);
    const uint32_t ppn = static_cast<uint32_t>((host - ram_) >> kPageBits);
    tlb.insert(0, vpn, ppn, mmu::Protection{});
    mem.add_tlb_stall(tlb_.miss_cycles);
  }
  if (access == pa::Access::Execute)
    mem.map_exec(vpn, frame_for(vpn));
  else
    mem.map_data(vpn, frame_for(vpn), r->prot & kProtRead, r->prot & kProtWrite);
}

bool AddressSpace::can_commit(uint64_t len) const {
  uint64_t mapped = 0;
  for (const auto& [start, r] : regions_)
    if (r.prot != kProtNone) mapped += r.end - start;  // reservations cost nothing
  return mapped + len <= frame_count_ * kPageSize;
}

uint8_t* AddressSpace::non_access_page(uint32_t, uint32_t offset, bool) {
  return region_at(offset) ? frame_for(offset >> kPageBits) : nullptr;
}

void AddressSpace::map(uint32_t start, uint32_t len, uint8_t prot) {
  unmap(start, len);
  regions_[start] = Region{start + len, prot};
}

std::vector<std::pair<uint32_t, Region>> AddressSpace::carve(uint32_t start, uint64_t end) {
  // Remove [start, end) from the region map, keeping the parts of
  // overlapping regions that lie outside it; return what was removed.
  std::vector<std::pair<uint32_t, Region>> overlapping;
  auto it = regions_.upper_bound(start);
  if (it != regions_.begin()) --it;
  for (; it != regions_.end() && it->first < end; ++it)
    if (it->second.end > start) overlapping.push_back(*it);
  std::vector<std::pair<uint32_t, Region>> removed;
  for (const auto& [rs, r] : overlapping) {
    regions_.erase(rs);
    if (rs < start) regions_[rs] = Region{start, r.prot};
    if (r.end > end) regions_[static_cast<uint32_t>(end)] = Region{r.end, r.prot};
    const uint32_t lo = std::max<uint32_t>(rs, start);
    const uint32_t hi = static_cast<uint32_t>(std::min<uint64_t>(r.end, end));
    removed.push_back({lo, Region{hi, r.prot}});
  }
  return removed;
}

void AddressSpace::unmap(uint32_t start, uint32_t len) {
  for (const auto& [lo, r] : carve(start, static_cast<uint64_t>(start) + len))
    for (uint64_t a = lo; a < r.end; a += kPageSize) release(static_cast<uint32_t>(a >> kPageBits));
}

bool AddressSpace::protect(uint32_t start, uint32_t len, uint8_t prot) {
  const uint64_t end = static_cast<uint64_t>(start) + len;
  for (uint64_t a = start; a < end; a += kPageSize)
    if (!region_at(static_cast<uint32_t>(a))) return false;
  carve(start, end);
  regions_[start] = Region{static_cast<uint32_t>(end), prot};
  for (uint64_t a = start; a < end; a += kPageSize) remap_page(static_cast<uint32_t>(a >> kPageBits));
  return true;
}

bool AddressSpace::is_free(uint32_t start, uint32_t len) const {
  auto it = regions_.upper_bound(start);
  if (it != regions_.begin()) {
    auto prev = std::prev(it);
    if (prev->second.end > start) return false;
  }
  return it == regions_.end() || it->first >= static_cast<uint64_t>(start) + len;
}

uint32_t AddressSpace::find_free(uint32_t hint, uint32_t len) const {
  uint64_t cand = hint;
  while (cand + len <= 0xf0000000ull) {
    if (is_free(static_cast<uint32_t>(cand), len)) return static_cast<uint32_t>(cand);
    const Region* r = region_at(static_cast<uint32_t>(cand));
    if (r) {
      cand = r->end;
    } else {
      auto it = regions_.upper_bound(static_cast<uint32_t>(cand));
      cand = it->second.end;
    }
    cand = (cand + kPageSize - 1) & ~static_cast<uint64_t>(kPageSize - 1);
  }
  return 0;
}

void AddressSpace::poke(uint32_t addr, const void* src, size_t len) {
  auto* s = static_cast<const uint8_t*>(src);
  while (len) {
    const uint32_t vpn = addr >> kPageBits;
    const uint32_t in_page = addr & (kPageSize - 1);
    const size_t n = std::min<size_t>(len, kPageSize - in_page);
    std::memcpy(frame_for(vpn) + in_page, s, n);  // predecoded code notices by itself
    addr += static_cast<uint32_t>(n);
    s += n;
    len -= n;
  }
}

void AddressSpace::peek(uint32_t addr, void* dst, size_t len) const {
  auto* d = static_cast<uint8_t*>(dst);
  while (len) {
    const uint32_t vpn = addr >> kPageBits;
    const uint32_t in_page = addr & (kPageSize - 1);
    const size_t n = std::min<size_t>(len, kPageSize - in_page);
    if (uint32_t f = frame_of_vpn_[vpn])
      std::memcpy(d, ram_ + static_cast<uint64_t>(f - 1) * kPageSize + in_page, n);
    else
      std::memset(d, 0, n);
    addr += static_cast<uint32_t>(n);
    d += n;
    len -= n;
  }
}

}  // namespace sim::se
