#include "mmu/tlb.h"

#include <algorithm>
#include <bit>
#include <stdexcept>
#include <string>

namespace mmu {

namespace {
constexpr unsigned kMaxEntries = 4096;
}

Tlb::Tlb(const TlbConfig& config) : config_(config) {
  const unsigned n = config.entries;
  if (n == 0 || n > kMaxEntries)
    throw std::invalid_argument("mmu::Tlb: entries must be 1.." + std::to_string(kMaxEntries) +
                                ", got " + std::to_string(n));
  entries_.resize(n);
  state_.assign(n, State::Free);
  free_bits_.assign((n + 63) / 64, 0);
  for (unsigned i = 0; i < n; ++i) free_bits_[i / 64] |= uint64_t{1} << (i % 64);
  const unsigned buckets = std::bit_ceil(std::max(16u, 4 * n));
  table_.assign(buckets, Bucket{});
  mask_ = buckets - 1;
  shift_ = 64 - static_cast<unsigned>(std::countr_zero(buckets));
  lfsr_ = config.random_seed ? config.random_seed : 1;
}

int Tlb::bucket_of(uint64_t key) const {
  for (uint32_t h = home(key);; h = (h + 1) & mask_) {
    if (table_[h].slot < 0) return -1;
    if (table_[h].key == key) return static_cast<int>(h);
  }
}

void Tlb::table_insert(uint64_t key, int slot) {
  uint32_t h = home(key);
  while (table_[h].slot >= 0) h = (h + 1) & mask_;
  table_[h] = Bucket{key, slot};
}

// Backward-shift deletion: keeps every probe chain unbroken without tombstones.
void Tlb::table_erase(int bucket) {
  uint32_t i = static_cast<uint32_t>(bucket);
  for (uint32_t j = (i + 1) & mask_; table_[j].slot >= 0; j = (j + 1) & mask_) {
    const uint32_t k = home(table_[j].key);
    // The entry at j may fill the hole at i unless its home lies cyclically in (i, j].
    const bool stays = (i <= j) ? (i < k && k <= j) : (i < k || k <= j);
    if (stays) continue;
    table_[i] = table_[j];
    i = j;
  }
  table_[i] = Bucket{};
}

int Tlb::take_free_slot() {
  for (size_t w = 0; w < free_bits_.size(); ++w) {
    if (free_bits_[w] == 0) continue;
    const unsigned bit = static_cast<unsigned>(std::countr_zero(free_bits_[w]));
    free_bits_[w] &= free_bits_[w] - 1;
    return static_cast<int>(w * 64 + bit);
  }
  return -1;
}

unsigned Tlb::choose_victim() {
  const unsigned n = capacity();
  if (config_.replacement == Replacement::Fifo) {
    const unsigned v = rr_;
    rr_ = (rr_ + 1 == n) ? 0 : rr_ + 1;
    return v;
  }
  // 16-bit Galois LFSR, taps 16,14,13,11 (0xB400): period 65535.
  lfsr_ = static_cast<uint16_t>((lfsr_ >> 1) ^ (-(lfsr_ & 1u) & 0xb400u));
  return lfsr_ % n;
}

void Tlb::drop_slot(unsigned i, Why why) {
  TlbEntry& e = entries_[i];
  const State st = state_[i];
  if (st == State::Free) return;
  const int b = bucket_of(make_key(e.space, e.vpn));
  if (b >= 0) table_erase(b);
  if (static_cast<int>(i) == pending_) pending_ = -1;
  if (st == State::Valid) {
    --valid_count_;
    e.valid = false;
    if (why == Why::Evict) ++stats_.evictions;
    if (why == Why::Purge) ++stats_.purges;
    notify(e);
  }
  state_[i] = State::Free;
  free_bits_[i / 64] |= uint64_t{1} << (i % 64);
}

void Tlb::insert_address(uint32_t space, uint32_t vpn, uint32_t address_word) {
  vpn &= kVpnMask;
  ++stats_.inserts;
  const uint64_t key = make_key(space, vpn);
  int slot = -1;
  const int b = bucket_of(key);
  if (b >= 0) {
    // Re-insert of a page the TLB holds: reuse its slot.
    slot = table_[b].slot;
    if (pending_ >= 0 && pending_ != slot) drop_slot(static_cast<unsigned>(pending_), Why::Abandon);
    TlbEntry& e = entries_[static_cast<unsigned>(slot)];
    if (state_[slot] == State::Valid) {
      --valid_count_;
      e.valid = false;
      notify(e);
    }
  } else {
    if (pending_ >= 0) drop_slot(static_cast<unsigned>(pending_), Why::Abandon);
    slot = take_free_slot();
    if (slot < 0) {
      const unsigned v = choose_victim();
      drop_slot(v, Why::Evict);
      slot = take_free_slot();  // the victim's slot (the only free one)
    }
    table_insert(key, slot);
  }
  TlbEntry& e = entries_[static_cast<unsigned>(slot)];
  e.space = space;
  e.vpn = vpn;
  e.ppn = decode_address_word(address_word);
  e.valid = false;
  state_[slot] = State::Pending;
  pending_ = slot;
}

ProtInsertResult Tlb::insert_protection(uint32_t space, uint32_t vpn, uint32_t protection_word) {
  vpn &= kVpnMask;
  const Protection prot = Protection::decode(protection_word);
  if (pending_ >= 0) {
    TlbEntry& e = entries_[static_cast<unsigned>(pending_)];
    if (e.space == space && e.vpn == vpn) {
      e.prot = prot;
      e.valid = true;
      state_[pending_] = State::Valid;
      ++valid_count_;
      pending_ = -1;
      ++stats_.protection_inserts;
      return ProtInsertResult::Completed;
    }
  }
  const int b = bucket_of(make_key(space, vpn));
  if (b >= 0 && state_[table_[b].slot] == State::Valid) {
    TlbEntry& e = entries_[static_cast<unsigned>(table_[b].slot)];
    notify(e);
    e.prot = prot;
    ++stats_.protection_updates;
    return ProtInsertResult::Updated;
  }
  ++stats_.orphan_protection_inserts;
  return ProtInsertResult::Ignored;
}

bool Tlb::purge(uint32_t space, uint32_t vpn) {
  ++stats_.purge_ops;
  const int b = bucket_of(make_key(space, vpn & kVpnMask));
  if (b < 0) return false;
  const unsigned slot = static_cast<unsigned>(table_[b].slot);
  const bool was_valid = state_[slot] == State::Valid;
  drop_slot(slot, Why::Purge);
  return was_valid;
}

void Tlb::purge_entry(uint32_t /*space*/, uint32_t offset) {
  ++stats_.purge_entry_ops;
  if (config_.purge_entry_mode == PurgeEntryMode::OneSlot) {
    drop_slot((offset >> kPageBits) % capacity(), Why::Purge);
    return;
  }
  for (unsigned i = 0; i < capacity(); ++i) drop_slot(i, Why::Purge);
  rr_ = 0;
}

void Tlb::purge_all() {
  for (unsigned i = 0; i < capacity(); ++i) drop_slot(i, Why::Purge);
  rr_ = 0;
}

PdcTlbPurgeLoop Tlb::pdc_purge_loop() const {
  PdcTlbPurgeLoop p;
  if (config_.purge_entry_mode == PurgeEntryMode::OneSlot) {
    p.off_stride = 1u << kPageBits;
    p.off_count = capacity();
  }
  return p;
}

bool Tlb::set_dirty(uint32_t space, uint32_t vpn) {
  const int b = bucket_of(make_key(space, vpn & kVpnMask));
  if (b < 0 || state_[table_[b].slot] != State::Valid) return false;
  entries_[static_cast<unsigned>(table_[b].slot)].prot.d = true;
  return true;
}

int Tlb::slot_of(uint32_t space, uint32_t vpn) const {
  const int b = bucket_of(make_key(space, vpn & kVpnMask));
  return b < 0 ? -1 : table_[b].slot;
}

}  // namespace mmu
