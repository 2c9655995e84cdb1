// TLB and block TLB model (mmu/): the PA-RISC 1.1 two-step insert, purges,
// replacement, the eviction callback, operand decoding, and the block TLB's
// PDC_BLOCK_TLB back end.
#include <catch2/catch.hpp>

#include <malloc.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <map>
#include <random>
#include <utility>
#include <vector>

#include "mmu/block_tlb.h"
#include "mmu/tlb.h"

using mmu::BlockTlb;
using mmu::PdcBlockTlb;
using mmu::Protection;
using mmu::ProtInsertResult;
using mmu::Tlb;
using mmu::TlbConfig;

namespace {

// Utah Mach hp_pa/pte.h protection words (IxTLBP format).
constexpr uint32_t TLB_TRAP = 0x20000000, TLB_DIRTY = 0x10000000, TLB_BREAK = 0x08000000;
constexpr uint32_t TLB_AR_KRW = 0x01000000, TLB_AR_URWX = 0x03f00000, TLB_GATE_PROT = 0x04c00000;

Protection rw_user(uint16_t access_id = 0) {
  Protection p;
  p.type = 1;
  p.pl1 = 3;
  p.pl2 = 3;
  p.d = true;
  p.access_id = access_id;
  return p;
}

struct Evictions {
  std::vector<std::pair<uint32_t, uint32_t>> seen;
  void attach(Tlb& t) {
    t.set_eviction_callback([this](uint32_t s, uint32_t v) { seen.emplace_back(s, v); });
  }
};

}  // namespace

TEST_CASE("IxTLBA operand: physical page in bits 7..26, the rest ignored", "[mmu][tlb]") {
  CHECK(mmu::decode_address_word(0x12345u << 5) == 0x12345u);
  // Utah sign-extends I/O addresses: extrs pa,24,25 of 0xfff80000 sets bits 0..6.
  const uint32_t word = static_cast<uint32_t>(static_cast<int32_t>(0xfff80000u) >> 7);
  CHECK(mmu::decode_address_word(word) == 0xfff80u);
  CHECK(mmu::decode_address_word(0xffffffffu) == 0xfffffu);
  CHECK(mmu::encode_address_word(0xfffffu) == 0x01ffffe0u);
}

TEST_CASE("IxTLBP operand: T D B type PL1 PL2 U access id at the manual's bits", "[mmu][tlb]") {
  const Protection p = Protection::decode(TLB_TRAP | TLB_DIRTY | TLB_BREAK | TLB_AR_URWX | (0x1234u << 1));
  CHECK(p.t);
  CHECK(p.d);
  CHECK(p.b);
  CHECK(p.type == 3);
  CHECK(p.pl1 == 3);
  CHECK(p.pl2 == 3);
  CHECK_FALSE(p.u);
  CHECK(p.access_id == 0x1234);

  const Protection g = Protection::decode(TLB_GATE_PROT);  // type 4, PL1 3, PL2 0
  CHECK(g.type == 4);
  CHECK(g.pl1 == 3);
  CHECK(g.pl2 == 0);
  CHECK_FALSE(g.t);
  CHECK_FALSE(g.d);

  // U is PA bit 12; PA bits 0, 1, 13..15 and 31 are ignored (Utah's software bits).
  CHECK(Protection::decode(0x00080000u).u);
  const Protection ign = Protection::decode(0xc0000000u | 0x00070000u | 1u);
  CHECK(ign == Protection{});
  // The access id is 15 bits: PA bits 16..30.
  CHECK(Protection::decode(0x0000fffeu).access_id == 0x7fff);

  // Round trip.
  for (uint32_t w : {0x3ff0fffeu, 0x12345678u & 0x3ff8fffeu, 0u, TLB_GATE_PROT | TLB_DIRTY})
    CHECK(Protection::decode(w).encode() == w);
}

TEST_CASE("insert, lookup and purge one page", "[mmu][tlb]") {
  Tlb tlb;
  CHECK(tlb.capacity() == 96);
  CHECK(tlb.lookup(0x42, 0x100) == nullptr);

  tlb.insert_address(0x42, 0x100, mmu::encode_address_word(0x7654));
  CHECK(tlb.insert_protection(0x42, 0x100, rw_user().encode()) == ProtInsertResult::Completed);
  const mmu::TlbEntry* e = tlb.lookup(0x42, 0x100);
  REQUIRE(e != nullptr);
  CHECK(e->valid);
  CHECK(e->space == 0x42);
  CHECK(e->vpn == 0x100);
  CHECK(e->ppn == 0x7654);
  CHECK(e->prot == rw_user());
  CHECK(e->physical_address(0x00100abc) == 0x07654abcu);
  CHECK(tlb.size() == 1);

  // Other spaces and pages miss.
  CHECK(tlb.lookup(0x43, 0x100) == nullptr);
  CHECK(tlb.lookup(0x42, 0x101) == nullptr);

  CHECK(tlb.stats().lookups == 4);
  CHECK(tlb.stats().hits == 1);
  CHECK(tlb.stats().misses == 3);
  tlb.count_lookups(10, 7);  // a caller counting on its own
  CHECK(tlb.stats().lookups == 14);
  CHECK(tlb.stats().hits == 8);
  CHECK(tlb.stats().misses == 6);

  Evictions ev;
  ev.attach(tlb);
  CHECK_FALSE(tlb.purge(0x42, 0x101));
  CHECK(ev.seen.empty());
  CHECK(tlb.purge(0x42, 0x100));
  CHECK(tlb.find(0x42, 0x100) == nullptr);
  CHECK(tlb.size() == 0);
  REQUIRE(ev.seen.size() == 1);
  CHECK(ev.seen[0] == std::make_pair(0x42u, 0x100u));
  CHECK(tlb.stats().purges == 1);
  CHECK(tlb.stats().purge_ops == 2);
}

TEST_CASE("two-step insert: address first, protection completes it", "[mmu][tlb]") {
  Tlb tlb;
  Evictions ev;
  ev.attach(tlb);

  SECTION("the address half alone translates nothing") {
    tlb.insert_address(1, 5, mmu::encode_address_word(9));
    CHECK(tlb.has_pending());
    CHECK(tlb.find(1, 5) == nullptr);
    CHECK(tlb.size() == 0);
    CHECK(tlb.insert_protection(1, 5, rw_user().encode()) == ProtInsertResult::Completed);
    CHECK_FALSE(tlb.has_pending());
    REQUIRE(tlb.find(1, 5) != nullptr);
    CHECK(tlb.find(1, 5)->ppn == 9);
    CHECK(ev.seen.empty());
  }

  SECTION("a protection for a page with no address part is ignored") {
    CHECK(tlb.insert_protection(1, 5, rw_user().encode()) == ProtInsertResult::Ignored);
    CHECK(tlb.find(1, 5) == nullptr);
    CHECK(tlb.stats().orphan_protection_inserts == 1);
    // ... also when an address for another page is pending; that one stays pending.
    tlb.insert_address(1, 6, mmu::encode_address_word(9));
    CHECK(tlb.insert_protection(1, 5, rw_user().encode()) == ProtInsertResult::Ignored);
    CHECK(tlb.has_pending());
    CHECK(tlb.insert_protection(1, 6, rw_user().encode()) == ProtInsertResult::Completed);
    CHECK(tlb.find(1, 6) != nullptr);
  }

  SECTION("a second IxTLBA abandons the first pending address") {
    tlb.insert_address(1, 5, mmu::encode_address_word(9));
    tlb.insert_address(1, 6, mmu::encode_address_word(10));
    CHECK(tlb.slot_of(1, 5) == -1);
    CHECK(tlb.insert_protection(1, 5, rw_user().encode()) == ProtInsertResult::Ignored);
    CHECK(tlb.insert_protection(1, 6, rw_user().encode()) == ProtInsertResult::Completed);
    CHECK(tlb.size() == 1);
  }

  SECTION("re-inserting a page reuses its slot and drops the old translation") {
    tlb.insert(1, 5, 9, rw_user());
    const int slot = tlb.slot_of(1, 5);
    tlb.insert_address(1, 5, mmu::encode_address_word(11));
    REQUIRE(ev.seen.size() == 1);  // the core must forget ppn 9
    CHECK(ev.seen[0] == std::make_pair(1u, 5u));
    CHECK(tlb.find(1, 5) == nullptr);  // invalid until the protection arrives
    Protection p = rw_user();
    p.d = false;
    CHECK(tlb.insert_protection(1, 5, p.encode()) == ProtInsertResult::Completed);
    CHECK(tlb.slot_of(1, 5) == slot);
    CHECK(tlb.find(1, 5)->ppn == 11);
    CHECK_FALSE(tlb.find(1, 5)->prot.d);
    CHECK(tlb.size() == 1);
  }

  SECTION("a lone IxTLBP rewrites a valid entry's protection (Utah clears D so)") {
    tlb.insert(1, 5, 9, rw_user());
    Protection p = rw_user();
    p.d = false;
    CHECK(tlb.insert_protection(1, 5, p.encode()) == ProtInsertResult::Updated);
    CHECK_FALSE(tlb.find(1, 5)->prot.d);
    CHECK(tlb.find(1, 5)->ppn == 9);
    CHECK(ev.seen.size() == 1);
    CHECK(tlb.stats().protection_updates == 1);
  }

  SECTION("a purge of a pending page cancels it") {
    tlb.insert_address(1, 5, mmu::encode_address_word(9));
    CHECK_FALSE(tlb.purge(1, 5));  // nothing valid went
    CHECK_FALSE(tlb.has_pending());
    CHECK(tlb.insert_protection(1, 5, rw_user().encode()) == ProtInsertResult::Ignored);
    CHECK(ev.seen.empty());
  }
}

TEST_CASE("FIFO replacement: 97 inserts into 96 entries evict the first", "[mmu][tlb]") {
  Tlb tlb;  // 96 entries, Fifo
  Evictions ev;
  ev.attach(tlb);
  for (uint32_t i = 0; i < 96; ++i) tlb.insert(7, 0x1000 + i, 0x200 + i, rw_user());
  CHECK(tlb.size() == 96);
  CHECK(ev.seen.empty());
  for (uint32_t i = 0; i < 96; ++i) CHECK(tlb.slot_of(7, 0x1000 + i) == static_cast<int>(i));

  tlb.insert(7, 0x5000, 0x300, rw_user());  // the 97th
  CHECK(tlb.size() == 96);
  REQUIRE(ev.seen.size() == 1);
  CHECK(ev.seen[0] == std::make_pair(7u, 0x1000u));  // the first inserted
  CHECK(tlb.find(7, 0x1000) == nullptr);
  CHECK(tlb.slot_of(7, 0x5000) == 0);
  CHECK(tlb.find(7, 0x1001) != nullptr);
  CHECK(tlb.stats().evictions == 1);

  tlb.insert(7, 0x5001, 0x301, rw_user());  // the 98th: the second inserted goes
  REQUIRE(ev.seen.size() == 2);
  CHECK(ev.seen[1] == std::make_pair(7u, 0x1001u));

  SECTION("a free slot is used before anything is evicted") {
    tlb.purge(7, 0x1050);
    ev.seen.clear();
    tlb.insert(7, 0x6000, 1, rw_user());
    CHECK(ev.seen.empty());
    CHECK(tlb.slot_of(7, 0x6000) == 0x50);
    tlb.insert(7, 0x6001, 1, rw_user());  // full again: the third inserted goes
    REQUIRE(ev.seen.size() == 1);
    CHECK(ev.seen[0] == std::make_pair(7u, 0x1002u));
  }
}

TEST_CASE("random replacement is a seeded LFSR: deterministic, spread over the slots",
          "[mmu][tlb]") {
  TlbConfig cfg;
  cfg.replacement = mmu::Replacement::Random;
  cfg.random_seed = 0x1234;
  Tlb a(cfg), b(cfg);
  std::vector<int> victims_a, victims_b;
  for (Tlb* t : {&a, &b}) {
    std::vector<int>& victims = (t == &a) ? victims_a : victims_b;
    t->set_eviction_callback([&](uint32_t, uint32_t v) { victims.push_back(static_cast<int>(v)); });
    for (uint32_t i = 0; i < 96 + 500; ++i) t->insert(1, i, i, rw_user());
    CHECK(t->size() == 96);
  }
  CHECK(victims_a.size() == 500);
  CHECK(victims_a == victims_b);
  // Everything still cached is findable, everything evicted is not.
  for (uint32_t i = 0; i < 596; ++i) {
    const bool evicted = std::find(victims_a.begin(), victims_a.end(), static_cast<int>(i)) != victims_a.end();
    CHECK((a.find(1, i) == nullptr) == evicted);
  }
  // Not FIFO: the first 96 victims are not simply pages 0..95 in order.
  std::vector<int> fifo_order(96);
  for (int i = 0; i < 96; ++i) fifo_order[static_cast<size_t>(i)] = i;
  CHECK(std::vector<int>(victims_a.begin(), victims_a.begin() + 96) != fifo_order);

  cfg.random_seed = 0x4321;
  Tlb c(cfg);
  std::vector<int> victims_c;
  c.set_eviction_callback([&](uint32_t, uint32_t v) { victims_c.push_back(static_cast<int>(v)); });
  for (uint32_t i = 0; i < 596; ++i) c.insert(1, i, i, rw_user());
  CHECK(victims_c != victims_a);
}

TEST_CASE("PxTLBE: one purge-entry empties the whole TLB (default)", "[mmu][tlb]") {
  Tlb tlb;
  Evictions ev;
  ev.attach(tlb);
  for (uint32_t i = 0; i < 96; ++i) tlb.insert(3, i, i, rw_user());
  tlb.purge_entry(0, 0);
  CHECK(tlb.size() == 0);
  CHECK(ev.seen.size() == 96);
  for (uint32_t i = 0; i < 96; ++i) CHECK(tlb.find(3, i) == nullptr);
  CHECK(tlb.stats().purge_entry_ops == 1);
  CHECK(tlb.stats().purges == 96);

  // The PDC_CACHE loop the firmware reports: a single PxTLBE.
  const mmu::PdcTlbPurgeLoop loop = tlb.pdc_purge_loop();
  CHECK(loop.sp_count == 1);
  CHECK(loop.off_count == 1);
  CHECK(loop.loop == 1);

  // After the purge the TLB fills from slot 0 again.
  tlb.insert(3, 500, 1, rw_user());
  CHECK(tlb.slot_of(3, 500) == 0);
}

TEST_CASE("PxTLBE in one-slot mode: the OS loop from PDC purges every slot", "[mmu][tlb]") {
  TlbConfig cfg;
  cfg.purge_entry_mode = mmu::PurgeEntryMode::OneSlot;
  Tlb tlb(cfg);
  for (uint32_t i = 0; i < 96; ++i) tlb.insert(3, 0x400 + i, i, rw_user());
  tlb.purge_entry(3, 5u << 12);  // slot 5 only
  CHECK(tlb.size() == 95);
  CHECK(tlb.find(3, 0x405) == nullptr);
  CHECK(tlb.find(3, 0x406) != nullptr);

  // NetBSD ptlball(): for sp_count spaces, off_count offsets, loop times: pdtlbe.
  const mmu::PdcTlbPurgeLoop p = tlb.pdc_purge_loop();
  CHECK(p.off_count == 96);
  CHECK(p.off_stride == 4096);
  uint32_t sp = p.sp_base;
  for (uint32_t i = 0; i < p.sp_count; ++i, sp += p.sp_stride) {
    uint32_t off = p.off_base;
    for (uint32_t j = 0; j < p.off_count; ++j, off += p.off_stride)
      for (uint32_t k = 0; k < p.loop; ++k) tlb.purge_entry(sp, off);
  }
  CHECK(tlb.size() == 0);
}

TEST_CASE("set_dirty sets D on a valid entry without an eviction", "[mmu][tlb]") {
  Tlb tlb;
  Evictions ev;
  ev.attach(tlb);
  Protection p = rw_user();
  p.d = false;
  tlb.insert(2, 9, 9, p);
  CHECK_FALSE(tlb.find(2, 9)->prot.d);
  CHECK(tlb.set_dirty(2, 9));
  CHECK(tlb.find(2, 9)->prot.d);
  CHECK_FALSE(tlb.set_dirty(2, 10));
  CHECK(ev.seen.empty());
}

TEST_CASE("TLB sizes come from the configuration", "[mmu][tlb]") {
  for (unsigned n : {1u, 2u, 7u, 64u, 65u, 128u, 1000u}) {
    TlbConfig cfg;
    cfg.entries = n;
    Tlb tlb(cfg);
    Evictions ev;
    ev.attach(tlb);
    for (uint32_t i = 0; i <= n; ++i) tlb.insert(0, i, i, rw_user());
    CHECK(tlb.size() == n);
    REQUIRE(ev.seen.size() == 1);
    CHECK(ev.seen[0].second == 0u);
  }
  TlbConfig bad;
  bad.entries = 0;
  CHECK_THROWS_AS(Tlb(bad), std::invalid_argument);
}

TEST_CASE("hash index agrees with a reference model under random traffic", "[mmu][tlb]") {
  TlbConfig cfg;
  cfg.replacement = GENERATE(mmu::Replacement::Fifo, mmu::Replacement::Random);
  Tlb tlb(cfg);
  std::map<std::pair<uint32_t, uint32_t>, uint32_t> model;  // what should be cached
  tlb.set_eviction_callback([&](uint32_t s, uint32_t v) { model.erase({s, v}); });
  std::mt19937 rng(12345);
  // Few spaces and pages, so re-inserts, collisions and purges of cached pages are common.
  auto space = [&] { return static_cast<uint32_t>(rng() % 4) * 0x10001u; };
  auto page = [&] { return static_cast<uint32_t>(rng() % 200) * 0x111u & mmu::kVpnMask; };
  for (int step = 0; step < 200000; ++step) {
    const uint32_t s = space(), v = page();
    const unsigned op = rng() % 10;
    if (op < 6) {
      const uint32_t ppn = rng() & mmu::kVpnMask;
      tlb.insert(s, v, ppn, rw_user());
      model[{s, v}] = ppn;
    } else if (op < 9) {
      tlb.purge(s, v);
      CHECK(model.count({s, v}) == 0);  // the callback removed it
    } else if (op == 9 && step % 1000 == 999) {
      tlb.purge_entry(0, 0);
      CHECK(model.empty());
    } else {
      const mmu::TlbEntry* e = tlb.find(s, v);
      const auto it = model.find({s, v});
      REQUIRE((e != nullptr) == (it != model.end()));
      if (e) CHECK(e->ppn == it->second);
    }
    if (step % 5000 == 0) {
      REQUIRE(tlb.size() == model.size());
      for (const auto& [k, ppn] : model) {
        const mmu::TlbEntry* e = tlb.find(k.first, k.second);
        REQUIRE(e != nullptr);
        CHECK(e->ppn == ppn);
      }
    }
  }
}

TEST_CASE("no heap allocation on lookup, insert, replacement and purge", "[mmu][tlb]") {
  Tlb tlb;
  BlockTlb btlb;
  uint64_t evictions = 0;
  tlb.set_eviction_callback([&](uint32_t, uint32_t) { ++evictions; });
  tlb.insert(0, 0, 0, rw_user());  // warm up
  const size_t before = mallinfo2().uordblks;
  uint64_t hits = 0;
  for (uint32_t i = 0; i < 20000; ++i) {
    tlb.insert_address(i & 3, i, mmu::encode_address_word(i));
    tlb.insert_protection(i & 3, i, rw_user().encode());
    if (tlb.lookup(i & 3, i - 50)) ++hits;
    if (i % 7 == 0) tlb.purge(i & 3, i - 3);
    if (i % 5000 == 0) tlb.purge_entry(0, 0);
    btlb.insert(i & 3, i & 3, 0x100, 0x100, 64, TLB_AR_KRW);
    if (btlb.lookup(0, 0x120)) ++hits;
  }
  const size_t after = mallinfo2().uordblks;
  CHECK(after == before);
  CHECK(hits > 0);
  CHECK(evictions > 0);
}

// --- block TLB ----------------------------------------------------------------

TEST_CASE("block TLB maps an aligned power-of-two run of pages", "[mmu][btlb]") {
  BlockTlb b;  // 4 entries
  CHECK(b.capacity() == 4);
  REQUIRE(b.insert(2, /*space*/ 0, /*vpn*/ 0x400, /*ppn*/ 0x800, /*pages*/ 0x100,
                   TLB_AR_KRW | TLB_DIRTY | (1u << 1)) == mmu::pdc::Ok);
  const mmu::BlockTlbEntry* e = b.lookup(0, 0x400);
  REQUIRE(e != nullptr);
  CHECK(e == &b.slot(2));
  CHECK(e->translate(0x400) == 0x800);
  CHECK(b.lookup(0, 0x4ff)->translate(0x4ff) == 0x8ff);
  CHECK(e->physical_address(0x004ff123) == 0x008ff123u);
  CHECK(e->prot.type == 1);
  CHECK(e->prot.d);  // the word's D is honoured
  CHECK(e->prot.access_id == 1);
  CHECK(b.lookup(0, 0x3ff) == nullptr);
  CHECK(b.lookup(0, 0x500) == nullptr);
  CHECK(b.lookup(1, 0x400) == nullptr);  // other space

  // A BTLB entry without D keeps D clear (Utah sets D on purpose).
  REQUIRE(b.insert(0, 0, 0x10, 0x10, 1, TLB_AR_KRW) == mmu::pdc::Ok);
  CHECK_FALSE(b.lookup(0, 0x10)->prot.d);
}

TEST_CASE("block TLB rejects misaligned, odd-sized, oversized and overlapping blocks",
          "[mmu][btlb]") {
  mmu::BlockTlbConfig cfg;
  cfg.min_pages = 2;
  cfg.max_pages = 1024;
  BlockTlb b(cfg);
  using mmu::pdc::InvalidArg;
  CHECK(b.insert(0, 0, 0x100, 0x200, 3, TLB_AR_KRW) == InvalidArg);     // not a power of two
  CHECK(b.insert(0, 0, 0x100, 0x200, 0, TLB_AR_KRW) == InvalidArg);     // empty
  CHECK(b.insert(0, 0, 0x100, 0x200, 1, TLB_AR_KRW) == InvalidArg);     // below min
  CHECK(b.insert(0, 0, 0x000, 0x000, 2048, TLB_AR_KRW) == InvalidArg);  // above max
  CHECK(b.insert(0, 0, 0x110, 0x200, 0x20, TLB_AR_KRW) == InvalidArg);  // vpn misaligned
  CHECK(b.insert(0, 0, 0x100, 0x210, 0x20, TLB_AR_KRW) == InvalidArg);  // ppn misaligned
  CHECK(b.insert(4, 0, 0x100, 0x200, 0x20, TLB_AR_KRW) == InvalidArg);  // no slot 4
  CHECK(b.insert(0, 0, 0xfff00, 0x200, 0x200, TLB_AR_KRW) == InvalidArg);  // past the space end
  for (unsigned i = 0; i < 4; ++i) CHECK_FALSE(b.slot(i).valid);

  REQUIRE(b.insert(0, 0, 0x100, 0x200, 0x100, TLB_AR_KRW) == mmu::pdc::Ok);
  CHECK(b.insert(1, 0, 0x180, 0x400, 0x80, TLB_AR_KRW) == InvalidArg);  // overlaps slot 0
  CHECK(b.insert(1, 5, 0x180, 0x400, 0x80, TLB_AR_KRW) == mmu::pdc::Ok);  // other space: fine
  // Rewriting the same slot may overlap its old self.
  CHECK(b.insert(0, 0, 0x100, 0x300, 0x100, TLB_AR_KRW) == mmu::pdc::Ok);
  CHECK(b.lookup(0, 0x100)->ppn == 0x300);

  CHECK_THROWS_AS(BlockTlb(mmu::BlockTlbConfig{4, 3, 16}), std::invalid_argument);
}

TEST_CASE("block TLB purge and the eviction callback", "[mmu][btlb]") {
  BlockTlb b;
  std::vector<std::array<uint32_t, 3>> seen;
  b.set_eviction_callback([&](uint32_t s, uint32_t v, uint32_t n) { seen.push_back({s, v, n}); });
  REQUIRE(b.insert(1, 7, 0x40, 0x40, 0x40, TLB_AR_KRW) == mmu::pdc::Ok);
  REQUIRE(b.insert(3, 7, 0x80, 0x80, 0x10, TLB_AR_KRW) == mmu::pdc::Ok);
  CHECK(seen.empty());
  // Overwriting a slot evicts its old block.
  REQUIRE(b.insert(1, 7, 0x100, 0x100, 0x40, TLB_AR_KRW) == mmu::pdc::Ok);
  REQUIRE(seen.size() == 1);
  CHECK(seen[0] == std::array<uint32_t, 3>{7, 0x40, 0x40});
  CHECK(b.purge(3) == mmu::pdc::Ok);
  REQUIRE(seen.size() == 2);
  CHECK(seen[1] == std::array<uint32_t, 3>{7, 0x80, 0x10});
  CHECK(b.lookup(7, 0x85) == nullptr);
  CHECK(b.purge(3) == mmu::pdc::Ok);  // already empty: no callback
  CHECK(seen.size() == 2);
  CHECK(b.purge(9) == mmu::pdc::InvalidArg);
  b.purge_all();
  CHECK(seen.size() == 3);
  CHECK(b.lookup(7, 0x100) == nullptr);

  // PxTLB/PxTLBE of the page TLB never touch the block TLB: they are separate objects.
}

TEST_CASE("PDC_BLOCK_TLB back end: info words and slot routing", "[mmu][btlb]") {
  BlockTlb ib, db;
  PdcBlockTlb pdc(ib, db);
  const PdcBlockTlb::Info info = pdc.info();
  CHECK(info.min_pages == 1);
  CHECK(info.max_pages == 16384);
  const std::array<uint32_t, 4> w = info.words();
  CHECK(w[0] == 1);
  CHECK(w[1] == 16384);
  CHECK(w[2] == (4u << 16 | 4u << 8));  // 4 fixed-range I, 4 fixed-range D, no combined
  CHECK(w[3] == 0);                     // no variable-range slots

  // Slots 0..3 are the instruction BTLB, 4..7 the data BTLB.
  CHECK(pdc.insert(0, 0x000, 0x000, 0x400, TLB_AR_KRW, 0) == mmu::pdc::Ok);
  CHECK(pdc.insert(0, 0x400, 0x400, 0x400, TLB_AR_KRW, 5) == mmu::pdc::Ok);
  CHECK(ib.lookup(0, 0x10) != nullptr);
  CHECK(db.lookup(0, 0x10) == nullptr);
  CHECK(db.lookup(0, 0x410) != nullptr);
  CHECK(&db.slot(1) == db.lookup(0, 0x410));
  CHECK(pdc.insert(0, 0x800, 0x800, 0x400, TLB_AR_KRW, 8) == mmu::pdc::InvalidArg);
  CHECK(pdc.purge(0, 0x400, 5, 0x400) == mmu::pdc::Ok);
  CHECK(db.lookup(0, 0x410) == nullptr);
  CHECK(pdc.purge(0, 0, 8, 0) == mmu::pdc::InvalidArg);
  CHECK(pdc.purge_all() == mmu::pdc::Ok);
  CHECK(ib.lookup(0, 0x10) == nullptr);
}

// Not run by default: `unit_tests "[.bench]"`.
TEST_CASE("TLB lookup speed", "[.bench]") {
  Tlb tlb;
  for (uint32_t i = 0; i < 96; ++i) tlb.insert(i % 3, 0x1000 + i * 17, i, rw_user());
  std::vector<std::pair<uint32_t, uint32_t>> keys(4096);  // 3/4 hits
  for (uint32_t i = 0; i < keys.size(); ++i) keys[i] = {i % 128 % 3, 0x1000 + (i % 128) * 17};
  constexpr uint32_t kIters = 50'000'000;
  uint64_t sum = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (uint32_t i = 0; i < kIters; ++i) {
    const auto& [s, v] = keys[i & 4095];
    const mmu::TlbEntry* e = tlb.find(s, v);
    sum += e ? e->ppn : 1;
  }
  auto t1 = std::chrono::steady_clock::now();
  const double ns = std::chrono::duration<double, std::nano>(t1 - t0).count() / kIters;
  std::printf("TLB find: %.2f ns/lookup (checksum %llu)\n", ns, static_cast<unsigned long long>(sum));
  t0 = std::chrono::steady_clock::now();
  for (uint32_t i = 0; i < kIters / 10; ++i) {
    tlb.insert_address(7, i, mmu::encode_address_word(i));
    tlb.insert_protection(7, i, 0x01f00000u);
  }
  t1 = std::chrono::steady_clock::now();
  std::printf("TLB insert (A+P, with replacement): %.2f ns/insert\n",
              std::chrono::duration<double, std::nano>(t1 - t0).count() / (kIters / 10));
  CHECK(sum > 0);
}
