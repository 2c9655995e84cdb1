// PA-RISC 1.1 access control: access rights, protection identifiers, the
// TLB T/D/B bits, GATE privilege promotion and PROBE.
//
// Part of mmu/, a leaf library: it includes nothing outside mmu/.  A check
// returns an mmu::Fault -- what went wrong, in the manual's priority order --
// not an interruption number: which number a fault raises differs between
// processors (the PA7000 folds three data faults into 18; the PA7100 splits
// them), so that mapping belongs to the platform, in one place
// (sim/fs/mmu_faults.h).  The access-rights table, the protection-id rule,
// the priorities and their sources are in docs/mmu.md.
#pragma once
#include <cstdint>
#include <optional>

#include "mmu/tlb_entry.h"

namespace mmu {

enum class AccessKind : uint8_t { Read, Write, Execute };

// Raw values of the four PID control registers: CR8 (PID1), CR9 (PID2),
// CR12 (PID3), CR13 (PID4).
struct ProtectionIds {
  uint32_t pid[4] = {0, 0, 0, 0};
};

// Why an access cannot proceed.  Data-side faults are listed in the order of
// the manual's priority: check_access() returns the first that applies.
enum class Fault : uint8_t {
  ExecuteRights,        // instruction fetch: access rights (PL2 <= PRIV <= PL1 fails)
  ExecuteProtectionId,  // instruction fetch: no PID register matches
  AccessRights,         // data: access rights
  ProtectionId,         // data: no PID register allows it (write-disable counts)
  Unaligned,            // data: the caller found the access misaligned
  DataBreak,            // store to a page with B set, PSW[X] clear
  Dirty,                // store to a page with D clear
  PageReference,        // any data access to a page with T set
  NoTranslation,        // PROBE with no TLB entry for the address
};

struct CheckOptions {
  bool data_break_disabled = false;    // PSW[X]: suppresses the data memory break fault
  bool unaligned = false;              // the caller found the access misaligned
  bool access_id_zero_is_public = true;
};

// The fault an access raises, or nothing.
using Trap = std::optional<Fault>;

// --- the access rights table --------------------------------------------------

constexpr bool rights_allow_read(const Protection& p, unsigned priv) {
  return p.type <= 3 && priv <= p.pl1;
}
constexpr bool rights_allow_write(const Protection& p, unsigned priv) {
  return (p.type == 1 || p.type == 3) && priv <= p.pl2;
}
constexpr bool rights_allow_execute(const Protection& p, unsigned priv) {
  return p.type >= 2 && p.pl2 <= priv && priv <= p.pl1;
}
constexpr bool rights_allow(const Protection& p, AccessKind kind, unsigned priv) {
  switch (kind) {
    case AccessKind::Read: return rights_allow_read(p, priv);
    case AccessKind::Write: return rights_allow_write(p, priv);
    case AccessKind::Execute: return rights_allow_execute(p, priv);
  }
  return false;
}

// --- protection identifiers ----------------------------------------------------

enum class PidMatch : uint8_t { None, ReadOnly, ReadWrite };

constexpr uint16_t pid_id(uint32_t pid_register) {
  return static_cast<uint16_t>((pid_register >> 1) & kAccessIdMask);
}
constexpr bool pid_write_disabled(uint32_t pid_register) { return (pid_register & 1u) != 0; }

constexpr PidMatch match_pid(uint16_t access_id, const ProtectionIds& pids,
                             bool access_id_zero_is_public = true) {
  if (access_id == 0 && access_id_zero_is_public) return PidMatch::ReadWrite;
  bool matched = false;
  for (uint32_t r : pids.pid) {
    if (pid_id(r) != access_id) continue;
    if (!pid_write_disabled(r)) return PidMatch::ReadWrite;
    matched = true;
  }
  return matched ? PidMatch::ReadOnly : PidMatch::None;
}

constexpr bool pid_allows(PidMatch m, AccessKind kind) {
  return kind == AccessKind::Write ? m == PidMatch::ReadWrite : m != PidMatch::None;
}

// --- the full check --------------------------------------------------------------

// The fault an access of `kind` at privilege level `privilege` to a page with
// protection `p` raises (the translation itself was found: a TLB miss is the
// caller's), with the manual's priority.  `pid_check_enabled` is PSW[P].
constexpr Trap check_access(const Protection& p, AccessKind kind, unsigned privilege,
                            const ProtectionIds& pids, bool pid_check_enabled,
                            const CheckOptions& opt = {}) {
  if (kind == AccessKind::Execute) {
    if (!rights_allow_execute(p, privilege)) return Fault::ExecuteRights;
    if (pid_check_enabled &&
        match_pid(p.access_id, pids, opt.access_id_zero_is_public) == PidMatch::None)
      return Fault::ExecuteProtectionId;
    return std::nullopt;
  }
  const bool write = kind == AccessKind::Write;
  if (!(write ? rights_allow_write(p, privilege) : rights_allow_read(p, privilege)))
    return Fault::AccessRights;
  if (pid_check_enabled &&
      !pid_allows(match_pid(p.access_id, pids, opt.access_id_zero_is_public), kind))
    return Fault::ProtectionId;
  if (opt.unaligned) return Fault::Unaligned;
  if (write && p.b && !opt.data_break_disabled) return Fault::DataBreak;
  if (write && !p.d) return Fault::Dirty;
  if (p.t) return Fault::PageReference;
  return std::nullopt;
}

constexpr Trap check_access(const TlbEntry& e, AccessKind kind, unsigned privilege,
                            const ProtectionIds& pids, bool pid_check_enabled,
                            const CheckOptions& opt = {}) {
  return check_access(e.prot, kind, privilege, pids, pid_check_enabled, opt);
}

// Accesses that can proceed with no interruption at all: a bit set of
// kAllowRead/kAllowWrite/kAllowExecute.  Meant for filling the core's
// per-page fast maps: a page may be mapped for an access kind only if its bit
// is set (T pages never are; stores need D set and, unless PSW[X], B clear).
constexpr uint8_t kAllowRead = 1, kAllowWrite = 2, kAllowExecute = 4;
constexpr uint8_t trap_free_accesses(const Protection& p, unsigned privilege,
                                     const ProtectionIds& pids, bool pid_check_enabled,
                                     bool data_break_disabled = false,
                                     bool access_id_zero_is_public = true) {
  const PidMatch m = pid_check_enabled ? match_pid(p.access_id, pids, access_id_zero_is_public)
                                       : PidMatch::ReadWrite;
  uint8_t mask = 0;
  if (rights_allow_read(p, privilege) && m != PidMatch::None && !p.t) mask |= kAllowRead;
  if (rights_allow_write(p, privilege) && m == PidMatch::ReadWrite && !p.t && p.d &&
      (!p.b || data_break_disabled))
    mask |= kAllowWrite;
  if (rights_allow_execute(p, privilege) && m != PidMatch::None) mask |= kAllowExecute;
  return mask;
}

// --- GATE ------------------------------------------------------------------------

// The privilege level after GATE (B,GATE) at `current_privilege` when the GATE
// instruction itself lies on a page with protection `p`: a gateway page (type
// 4..7) promotes to level (type - 4) if that is more privileged than the
// current level; any other page, or a less privileged gateway, leaves the
// level unchanged.  GATE never demotes.  (Source: the access rights table,
// docs/mmu.md; QEMU HELPER(b_gate_priv).)
constexpr unsigned gateway_promotion(const Protection& p, unsigned current_privilege) {
  if (p.type < 4) return current_privilege;
  const unsigned level = p.type - 4u;
  return level < current_privilege ? level : current_privilege;
}
// With instruction address translation disabled (PSW[C] = 0) there is no page
// type to consult: GATE goes to level 0 (QEMU trans_b_gate).
constexpr unsigned kGatewayUntranslatedLevel = 0;

// --- PROBE -----------------------------------------------------------------------

// PROBER/PROBERI (kind Read) and PROBEW/PROBEWI (kind Write) at the privilege
// level `requested` (GR[r] bits 30..31 or the immediate's low 2 bits).
//   * `p` is the data TLB's protection for the address, or nullptr when the
//     TLB has no translation: Fault::NoTranslation (PROBE is a non-access
//     instruction: the platform raises the non-access data TLB miss).
//   * The result (GR[t]) is 1 when the access rights allow the access at the
//     requested level and, with PSW[P] set, the protection ids allow it too
//     (write-disable counts for PROBEW).  T, D and B play no part: PROBE makes
//     no access.
//   * A requested level more privileged than the current one gives 0 (QEMU
//     HELPER(probe): "Fail if the requested privilege level is higher than
//     current"), so user code cannot learn what the kernel may touch.
//   * With data translation off (PSW[D] = 0) the caller decides (not modelled
//     here).
struct ProbeResult {
  Trap trap;             // set => raise it, GR[t] unchanged
  bool allowed = false;  // GR[t]
};
constexpr ProbeResult probe(const Protection* p, AccessKind kind, unsigned requested,
                            unsigned current_privilege, const ProtectionIds& pids,
                            bool pid_check_enabled, bool access_id_zero_is_public = true) {
  if (p == nullptr) return {Fault::NoTranslation, false};
  if (requested < current_privilege) return {std::nullopt, false};
  if (!rights_allow(*p, kind, requested)) return {std::nullopt, false};
  if (pid_check_enabled && !pid_allows(match_pid(p->access_id, pids, access_id_zero_is_public), kind))
    return {std::nullopt, false};
  return {std::nullopt, true};
}

// "r--r-x"-style summary for traces and tests: for each privilege level 0..3,
// three characters r/w/x (or '-') from the access rights alone.
void rights_string(const Protection& p, char out[13]);
const char* access_kind_name(AccessKind kind);

}  // namespace mmu
