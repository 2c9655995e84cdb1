// PA-RISC 1.1 access control (mmu/protection.h): the access rights table,
// protection ids with write disable, the T/D/B faults and their priority, the
// PA7000 vs PA7100 trap numbering (sim/fs/mmu_faults.h), GATE promotion and
// PROBE.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>

#include "mmu/protection.h"
#include "sim/fs/mmu_faults.h"

using mmu::AccessKind;
using mmu::CheckOptions;
using mmu::Protection;
using mmu::ProtectionIds;
using sim::TrapModel;
using pa::Interruption;

namespace {

// The manual's access rights table (PA-RISC 1.1, ch. 3 "Access Control"),
// one row per type: which kinds of access the type allows at all ...
struct TypeRow {
  const char* use;
  bool read, write, execute;
};
constexpr TypeRow kTypeTable[8] = {
    {"read-only data page", true, false, false},
    {"dynamic data page", true, true, false},
    {"normal code page", true, false, true},
    {"dynamic code page", true, true, true},
    {"gateway, promote to 0", false, false, true},
    {"gateway, promote to 1", false, false, true},
    {"gateway, promote to 2", false, false, true},
    {"gateway, promote to 3", false, false, true},
};
// ... and at which privilege levels: read PRIV <= PL1, write PRIV <= PL2,
// execute PL2 <= PRIV <= PL1.
bool manual_allows(unsigned type, unsigned pl1, unsigned pl2, unsigned priv, AccessKind k) {
  const TypeRow& row = kTypeTable[type];
  switch (k) {
    case AccessKind::Read: return row.read && priv <= pl1;
    case AccessKind::Write: return row.write && priv <= pl2;
    case AccessKind::Execute: return row.execute && pl2 <= priv && priv <= pl1;
  }
  return false;
}

Protection make(unsigned type, unsigned pl1, unsigned pl2) {
  Protection p;
  p.type = static_cast<uint8_t>(type);
  p.pl1 = static_cast<uint8_t>(pl1);
  p.pl2 = static_cast<uint8_t>(pl2);
  p.d = true;
  return p;
}

std::string rights(uint32_t word) {
  char buf[13];
  mmu::rights_string(Protection::decode(word), buf);
  return buf;
}

constexpr ProtectionIds kNoPids{};
constexpr TrapModel kPcxs = TrapModel::Pcxs;
constexpr TrapModel kPcxt = TrapModel::Pcxt;

// The interruption a check's fault raises on a PA7000 (PCX-S) or a PA7100 (PCX-T).
std::optional<Interruption> trap(const mmu::Trap& fault, TrapModel model = kPcxs) {
  if (!fault) return std::nullopt;
  return sim::interruption_for(*fault, model);
}

uint32_t pid_reg(uint32_t id, bool write_disable) { return (id << 1) | (write_disable ? 1u : 0u); }

}  // namespace

TEST_CASE("access rights: every type x PL1 x PL2 x privilege x access kind", "[mmu][protection]") {
  const AccessKind kinds[] = {AccessKind::Read, AccessKind::Write, AccessKind::Execute};
  int allowed = 0, denied = 0;
  for (unsigned type = 0; type < 8; ++type)
    for (unsigned pl1 = 0; pl1 < 4; ++pl1)
      for (unsigned pl2 = 0; pl2 < 4; ++pl2)
        for (unsigned priv = 0; priv < 4; ++priv)
          for (AccessKind k : kinds) {
            INFO("type " << type << " PL1 " << pl1 << " PL2 " << pl2 << " priv " << priv << " "
                         << mmu::access_kind_name(k));
            const Protection p = make(type, pl1, pl2);
            const bool want = manual_allows(type, pl1, pl2, priv, k);
            CHECK(mmu::rights_allow(p, k, priv) == want);
            const mmu::Trap fault = mmu::check_access(p, k, priv, kNoPids, false);
            const auto pcxs = trap(fault, kPcxs);
            const auto pcxt = trap(fault, kPcxt);
            if (want) {
              CHECK_FALSE(pcxs.has_value());
              CHECK_FALSE(pcxt.has_value());
              ++allowed;
            } else if (k == AccessKind::Execute) {
              CHECK(fault == mmu::Fault::ExecuteRights);
              CHECK(pcxs == Interruption::InstructionMemoryProtection);
              CHECK(pcxt == Interruption::InstructionMemoryProtection);
              ++denied;
            } else {
              CHECK(fault == mmu::Fault::AccessRights);
              CHECK(pcxs == Interruption::DataMemoryProtection);    // 18 on the PA7000
              CHECK(pcxt == Interruption::DataMemoryAccessRights);  // 26 from the PA7100 on
              ++denied;
            }
          }
  CHECK(allowed + denied == 8 * 4 * 4 * 4 * 3);
  CHECK(allowed > 0);
  CHECK(denied > 0);
}

TEST_CASE("access rights of the Utah/NetBSD protection constants", "[mmu][protection]") {
  // Levels 0,1,2,3 left to right.  NetBSD machdep.c prints the kernel (0) and
  // user (3) columns: KR "r-----", KRWX "rwx---", URX "r--r-x", URWX "rw-rwx".
  CHECK(rights(0x00000000) == "r-----------");  // TLB_AR_KR
  CHECK(rights(0x01000000) == "rw----------");  // TLB_AR_KRW
  CHECK(rights(0x02000000) == "r-x---------");  // TLB_AR_KRX
  CHECK(rights(0x03000000) == "rwx---------");  // TLB_AR_KRWX
  CHECK(rights(0x00f00000) == "r--r--r--r--");  // TLB_AR_UR
  CHECK(rights(0x01f00000) == "rw-rw-rw-rw-");  // TLB_AR_URW
  CHECK(rights(0x02f00000) == "r--r--r--r-x");  // TLB_AR_URX: the kernel cannot run user code
  CHECK(rights(0x03f00000) == "rw-rw-rw-rwx");  // TLB_AR_URWX
  CHECK(rights(0x07300000) == "------------");  // TLB_AR_NA: type 7, PL1 0 < PL2 3
  CHECK(rights(0x04c00000) == "--x--x--x--x");  // TLB_GATE_PROT
  CHECK(rights(0x02c00000) == "r-xr-xr-xr-x");  // TLB_BREAK_PROT
}

TEST_CASE("protection ids: match any PID register, write disable, public id 0",
          "[mmu][protection]") {
  Protection p = make(3, 3, 3);  // rwx for everybody
  p.access_id = 0x155;
  ProtectionIds pids;
  pids.pid[0] = pid_reg(0x10, false);
  pids.pid[1] = pid_reg(0x11, false);
  pids.pid[2] = pid_reg(0x12, false);
  pids.pid[3] = pid_reg(0x13, false);

  SECTION("PSW[P] clear: no check") {
    CHECK_FALSE(mmu::check_access(p, AccessKind::Write, 3, pids, false));
  }
  SECTION("no register matches") {
    CHECK(trap(mmu::check_access(p, AccessKind::Read, 3, pids, true), kPcxs) == Interruption::DataMemoryProtection);
    CHECK(trap(mmu::check_access(p, AccessKind::Read, 3, pids, true), kPcxt) == Interruption::DataMemoryProtectionId);
    CHECK(trap(mmu::check_access(p, AccessKind::Write, 0, pids, true), kPcxt) == Interruption::DataMemoryProtectionId);
    CHECK(trap(mmu::check_access(p, AccessKind::Execute, 3, pids, true)) == Interruption::InstructionMemoryProtection);
  }
  for (int reg = 0; reg < 4; ++reg) {
    DYNAMIC_SECTION("matching register " << reg) {
      pids.pid[reg] = pid_reg(0x155, false);
      CHECK_FALSE(mmu::check_access(p, AccessKind::Read, 3, pids, true));
      CHECK_FALSE(mmu::check_access(p, AccessKind::Write, 3, pids, true));
      CHECK_FALSE(mmu::check_access(p, AccessKind::Execute, 3, pids, true));
      // Write disable turns a write (only) into a protection id trap.
      pids.pid[reg] = pid_reg(0x155, true);
      CHECK_FALSE(mmu::check_access(p, AccessKind::Read, 3, pids, true));
      CHECK_FALSE(mmu::check_access(p, AccessKind::Execute, 3, pids, true));
      CHECK(trap(mmu::check_access(p, AccessKind::Write, 3, pids, true), kPcxs) == Interruption::DataMemoryProtection);
      CHECK(trap(mmu::check_access(p, AccessKind::Write, 3, pids, true), kPcxt) == Interruption::DataMemoryProtectionId);
      // Another register holding the same id without write disable allows the write.
      pids.pid[(reg + 1) % 4] = pid_reg(0x155, false);
      CHECK_FALSE(mmu::check_access(p, AccessKind::Write, 3, pids, true));
    }
  }
  SECTION("only bits 16..30 of a PID register are the id") {
    pids.pid[2] = 0xffff0000u | pid_reg(0x155, false);
    CHECK(mmu::match_pid(0x155, pids) == mmu::PidMatch::ReadWrite);
    pids.pid[2] = pid_reg(0x155 | 0x8000, true);  // bit 15 is outside the id
    CHECK(mmu::match_pid(0x155, pids) == mmu::PidMatch::ReadOnly);
  }
  SECTION("access id 0 is a public page") {
    p.access_id = 0;
    CHECK_FALSE(mmu::check_access(p, AccessKind::Write, 3, pids, true));
    CheckOptions strict;
    strict.access_id_zero_is_public = false;
    CHECK(trap(mmu::check_access(p, AccessKind::Write, 3, pids, true, strict)) == Interruption::DataMemoryProtection);
    pids.pid[3] = 0;  // PID 0, write enabled
    CHECK_FALSE(mmu::check_access(p, AccessKind::Write, 3, pids, true, strict));
  }
}

TEST_CASE("dirty bit, page reference and data break traps", "[mmu][protection]") {
  Protection p = make(1, 3, 3);  // user read/write
  SECTION("D clear: stores trap (20), loads do not") {
    p.d = false;
    CHECK(trap(mmu::check_access(p, AccessKind::Write, 3, kNoPids, false)) == Interruption::TlbDirtyBit);
    CHECK_FALSE(mmu::check_access(p, AccessKind::Read, 3, kNoPids, false));
  }
  SECTION("T set: every data access traps (21)") {
    p.t = true;
    CHECK(trap(mmu::check_access(p, AccessKind::Read, 3, kNoPids, false)) == Interruption::PageReference);
    CHECK(trap(mmu::check_access(p, AccessKind::Write, 3, kNoPids, false)) == Interruption::PageReference);
    // ... but not instruction fetches.
    p.type = 3;
    CHECK_FALSE(mmu::check_access(p, AccessKind::Execute, 3, kNoPids, false));
  }
  SECTION("B set: stores trap (19) unless PSW[X]") {
    p.b = true;
    CHECK(trap(mmu::check_access(p, AccessKind::Write, 3, kNoPids, false)) == Interruption::DataMemoryBreak);
    CHECK_FALSE(mmu::check_access(p, AccessKind::Read, 3, kNoPids, false));
    CheckOptions x;
    x.data_break_disabled = true;
    CHECK_FALSE(mmu::check_access(p, AccessKind::Write, 3, kNoPids, false, x));
  }
  SECTION("D, T and B do not apply to instruction fetch") {
    p = make(2, 3, 3);
    p.d = false;
    p.t = true;
    p.b = true;
    CHECK_FALSE(mmu::check_access(p, AccessKind::Execute, 3, kNoPids, false));
  }
}

TEST_CASE("data access trap priority: rights, pid, unaligned, break, dirty, reference",
          "[mmu][protection]") {
  // A store with every problem at once, then fix them one by one.
  for (const TrapModel model : {kPcxs, kPcxt}) {
    const bool pcxs = model == kPcxs;
    Protection p = make(0, 0, 0);  // kernel read-only: a user store violates the rights
    p.access_id = 5;
    p.t = true;
    p.d = false;
    p.b = true;
    ProtectionIds pids;  // no match for id 5
    CheckOptions opt;
    opt.unaligned = true;
    auto store = [&] { return trap(mmu::check_access(p, AccessKind::Write, 3, pids, true, opt), model); };

    CHECK(store() == (pcxs ? Interruption::DataMemoryProtection : Interruption::DataMemoryAccessRights));
    p = make(1, 3, 3);  // user read/write: rights fixed
    p.access_id = 5;
    p.t = true;
    p.d = false;
    p.b = true;
    CHECK(store() == (pcxs ? Interruption::DataMemoryProtection : Interruption::DataMemoryProtectionId));
    pids.pid[1] = pid_reg(5, false);
    CHECK(store() == (pcxs ? Interruption::DataMemoryProtection : Interruption::UnalignedDataReference));
    opt.unaligned = false;
    CHECK(store() == Interruption::DataMemoryBreak);
    p.b = false;
    CHECK(store() == Interruption::TlbDirtyBit);
    p.d = true;
    CHECK(store() == Interruption::PageReference);
    p.t = false;
    CHECK_FALSE(store());
  }
}

TEST_CASE("GATE promotes to the gateway page's level, never demotes", "[mmu][protection]") {
  for (unsigned type = 0; type < 8; ++type)
    for (unsigned cur = 0; cur < 4; ++cur) {
      INFO("type " << type << " current " << cur);
      const unsigned got = mmu::gateway_promotion(make(type, 3, 0), cur);
      if (type < 4) CHECK(got == cur);
      else CHECK(got == std::min(cur, type - 4));
    }
  // The Utah/NetBSD gateway page (TLB_GATE_PROT) takes users to the kernel.
  CHECK(mmu::gateway_promotion(Protection::decode(0x04c00000), 3) == 0);
  CHECK(mmu::kGatewayUntranslatedLevel == 0);
  static_assert(mmu::gateway_promotion(Protection::decode(0x06c00000), 3) == 2);
}

TEST_CASE("PROBER/PROBEW", "[mmu][protection]") {
  const Protection urw = make(1, 3, 3);
  const Protection kr = make(0, 0, 0);
  // No translation: non-access data TLB miss.
  const mmu::ProbeResult miss = mmu::probe(nullptr, AccessKind::Read, 3, 3, kNoPids, false);
  CHECK(miss.trap == mmu::Fault::NoTranslation);
  CHECK(trap(miss.trap) == Interruption::NonAccessDataTlbMiss);

  CHECK(mmu::probe(&urw, AccessKind::Read, 3, 3, kNoPids, false).allowed);
  CHECK(mmu::probe(&urw, AccessKind::Write, 3, 3, kNoPids, false).allowed);
  CHECK_FALSE(mmu::probe(&kr, AccessKind::Read, 3, 0, kNoPids, false).allowed);  // kernel asks for user
  CHECK(mmu::probe(&kr, AccessKind::Read, 0, 0, kNoPids, false).allowed);
  CHECK_FALSE(mmu::probe(&kr, AccessKind::Write, 0, 0, kNoPids, false).allowed);
  // Asking for more privilege than one has gives 0.
  CHECK_FALSE(mmu::probe(&kr, AccessKind::Read, 0, 3, kNoPids, false).allowed);
  CHECK_FALSE(mmu::probe(&kr, AccessKind::Read, 0, 3, kNoPids, false).trap);

  // Protection ids: write disable makes PROBEW answer 0, PROBER 1.
  Protection p = urw;
  p.access_id = 9;
  ProtectionIds pids;
  pids.pid[0] = pid_reg(9, true);
  CHECK(mmu::probe(&p, AccessKind::Read, 3, 3, pids, true).allowed);
  CHECK_FALSE(mmu::probe(&p, AccessKind::Write, 3, 3, pids, true).allowed);
  CHECK(mmu::probe(&p, AccessKind::Write, 3, 3, pids, false).allowed);
  pids.pid[0] = pid_reg(8, false);
  CHECK_FALSE(mmu::probe(&p, AccessKind::Read, 3, 3, pids, true).allowed);

  // T, D and B play no part in PROBE.
  p = urw;
  p.t = p.b = true;
  p.d = false;
  const mmu::ProbeResult r = mmu::probe(&p, AccessKind::Write, 3, 3, kNoPids, false);
  CHECK(r.allowed);
  CHECK_FALSE(r.trap);
}

TEST_CASE("trap-free access mask for the core's fast maps", "[mmu][protection]") {
  Protection p = make(3, 3, 3);
  CHECK(mmu::trap_free_accesses(p, 3, kNoPids, false) == (mmu::kAllowRead | mmu::kAllowWrite | mmu::kAllowExecute));
  p.d = false;
  CHECK(mmu::trap_free_accesses(p, 3, kNoPids, false) == (mmu::kAllowRead | mmu::kAllowExecute));
  p.d = true;
  p.b = true;
  CHECK(mmu::trap_free_accesses(p, 3, kNoPids, false) == (mmu::kAllowRead | mmu::kAllowExecute));
  CHECK(mmu::trap_free_accesses(p, 3, kNoPids, false, true) == (mmu::kAllowRead | mmu::kAllowWrite | mmu::kAllowExecute));
  p.b = false;
  p.t = true;
  CHECK(mmu::trap_free_accesses(p, 3, kNoPids, false) == mmu::kAllowExecute);
  p.t = false;
  p.access_id = 4;
  ProtectionIds pids;
  pids.pid[3] = pid_reg(4, true);
  CHECK(mmu::trap_free_accesses(p, 3, pids, true) == (mmu::kAllowRead | mmu::kAllowExecute));
  CHECK(mmu::trap_free_accesses(p, 0, pids, true) == mmu::kAllowRead);  // kernel: no user code
  pids.pid[3] = 0;
  CHECK(mmu::trap_free_accesses(p, 3, pids, true) == 0);

  // The mask agrees with check_access everywhere.
  const AccessKind kinds[] = {AccessKind::Read, AccessKind::Write, AccessKind::Execute};
  const uint8_t bits[] = {mmu::kAllowRead, mmu::kAllowWrite, mmu::kAllowExecute};
  for (uint32_t w = 0; w < (1u << 11); ++w) {  // T D B type PL1 PL2
    const Protection q = Protection::decode((w << 20) | (7u << 1));
    ProtectionIds ids;
    ids.pid[0] = pid_reg(7, (w & 1) != 0);
    for (unsigned priv = 0; priv < 4; ++priv) {
      const uint8_t mask = mmu::trap_free_accesses(q, priv, ids, true);
      for (int k = 0; k < 3; ++k)
        CHECK(((mask & bits[k]) != 0) == !mmu::check_access(q, kinds[k], priv, ids, true).has_value());
    }
  }
}
