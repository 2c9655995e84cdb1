// PA-RISC 1.1 access control: access rights, protection identifiers, the
// TLB T/D/B bits, GATE privilege promotion and PROBE.
//
// Depends only on pa_risc/interruptions.h (the Interruption enum).
//
// ---------------------------------------------------------------------------
// Access rights (PA-RISC 1.1 manual, ch. 3 "Access Control", access rights
// table; the same rules as QEMU hppa_get_physical_address and the Utah/NetBSD
// TLB_AR_* constants).  PRIV is the privilege level of the access (0 = most
// privileged), PL1/PL2 the entry's privilege fields:
//
//   type  allowed accesses        read if        write if       execute if        use
//   ----  ----------------------  -------------  -------------  ----------------  ------------------------
//    0    read                    PRIV <= PL1    -              -                 read-only data page
//    1    read, write             PRIV <= PL1    PRIV <= PL2    -                 dynamic data page
//    2    read, execute           PRIV <= PL1    -              PL2<=PRIV<=PL1    normal code page
//    3    read, write, execute    PRIV <= PL1    PRIV <= PL2    PL2<=PRIV<=PL1    dynamic code page
//    4-7  execute (gateway)       -              -              PL2<=PRIV<=PL1    gateway: GATE promotes
//                                                                                 to level (type - 4)
//
// So execute is the "window" PL2..PL1: code is executable by no level more
// privileged than PL2 (a kernel cannot run user code mapped with PL2 = 3) and
// by none less privileged than PL1.  An empty window (PL2 > PL1) on a type
// 4..7 page gives a page nobody can touch: NetBSD/Utah TLB_AR_NA is type 7,
// PL1 = 0, PL2 = 3.  Cross-check: NetBSD hppa machdep.c prints TLB_AR_URX
// (type 2, PL1 = PL2 = 3) as "r--r-x" (kernel r--, user r-x) and TLB_AR_URWX
// (type 3, PL1 = PL2 = 3) as "rw-rwx".
//
// Protection identifiers (PSW[P] = 1 enables the check): each of the four
// PID control registers (CR8, CR9, CR12, CR13) holds a protection id in
// bits 16..30 (15 bits, the width of the TLB access id) and a write-disable
// bit WD in bit 31 (the LSB).  An access is allowed if the page's access id
// equals the id of any PID register; a write additionally needs a matching
// register whose WD is 0.  Access id 0 marks a public page that needs no
// match (QEMU's reading; see CheckOptions::access_id_zero_is_public).
// Sources: QEMU match_prot_id_1 (pid >> 1 compared, pid & 1 = write disable);
// Utah pmap.h HP700_PID_KERNEL = 2 for access id KERNEL_ACCESS_ID = 1.
// The model checks all four registers in parallel, as hardware does; QEMU
// returns the first match in register order (differs only if one id is loaded
// twice with different WD bits).
//
// Trap numbers: the PA7000 ("PCX-S", PA-RISC 1.1a) reports data-side access
// rights and protection id violations -- and unaligned data references -- as
// interruption 18, "data memory protection trap / unaligned data reference
// trap".  Interruptions 26 (data memory access rights), 27 (data memory
// protection id) and 28 (unaligned data reference) first appeared on the
// PA7100 ("PCX-T", 1.1b).  Sources: Utah Mach locore.s interruption vector
// ("data memory protection trap/unalligned data reference trap (18)";
// "data memory access rights trap (26)  T-chip only", same for 27 and 28);
// the OSF/Utah trap.c name table; Linux pdc.h cpu_type ("pcxs = pa7000
// pa 1.1a, pcxt = pa7100 pa 1.1b").  TrapModel selects the numbering.  The
// instruction side uses 7 (instruction memory protection trap) on both.
//
// Priority of the data-access checks (the order the manual's interruption
// priority list gives, which follows the interruption numbers; QEMU checks
// in the same order):
//   1. data TLB miss (15; 17 for non-access instructions)  -- the caller
//   2. access rights                   (18 on PCX-S, 26 on PCX-T)
//   3. protection id                   (18 / 27)
//   4. unaligned data reference        (18 / 28)  -- CheckOptions::unaligned
//   5. data memory break (19)          B set, store, PSW[X] clear
//   6. TLB dirty bit (20)              D clear, store
//   7. page reference (21)             T set, any data access
// Instruction fetch: ITLB miss (6, the caller), then access rights or
// protection id -> 7.  T, D and B do not apply to instruction fetches.
// ---------------------------------------------------------------------------
#pragma once
#include <cstdint>
#include <optional>

#include "mmu/tlb_entry.h"
#include "pa_risc/interruptions.h"

namespace mmu {

enum class AccessKind : uint8_t { Read, Write, Execute };

// Raw values of the four PID control registers: CR8 (PID1), CR9 (PID2),
// CR12 (PID3), CR13 (PID4).
struct ProtectionIds {
  uint32_t pid[4] = {0, 0, 0, 0};
};

// Which interruption numbers data-side protection violations use.
enum class TrapModel : uint8_t {
  Pcxs,  // PA7000 (PA-RISC 1.1a): 18 for access rights, protection id, unaligned
  Pcxt,  // PA7100 and later (1.1b+): 26, 27, 28
};

struct CheckOptions {
  TrapModel model = TrapModel::Pcxs;   // the HP 9000/730's PA7000
  bool data_break_disabled = false;    // PSW[X]: suppresses the data memory break trap
  bool unaligned = false;              // the caller found the access misaligned
  bool access_id_zero_is_public = true;
};

// The interruption an access raises, or nothing.
using Trap = std::optional<pa::Interruption>;

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

// The interruption an access of `kind` at privilege level `privilege` to a page
// with protection `p` raises (the translation itself was found: a TLB miss is
// the caller's), with the manual's priority.  `pid_check_enabled` is PSW[P].
constexpr Trap check_access(const Protection& p, AccessKind kind, unsigned privilege,
                            const ProtectionIds& pids, bool pid_check_enabled,
                            const CheckOptions& opt = {}) {
  const bool pcxs = opt.model == TrapModel::Pcxs;
  if (kind == AccessKind::Execute) {
    if (!rights_allow_execute(p, privilege)) return pa::Interruption::InstructionMemoryProtection;
    if (pid_check_enabled &&
        match_pid(p.access_id, pids, opt.access_id_zero_is_public) == PidMatch::None)
      return pa::Interruption::InstructionMemoryProtection;
    return std::nullopt;
  }
  const bool write = kind == AccessKind::Write;
  if (!(write ? rights_allow_write(p, privilege) : rights_allow_read(p, privilege)))
    return pcxs ? pa::Interruption::DataMemoryProtection : pa::Interruption::DataMemoryAccessRights;
  if (pid_check_enabled &&
      !pid_allows(match_pid(p.access_id, pids, opt.access_id_zero_is_public), kind))
    return pcxs ? pa::Interruption::DataMemoryProtection : pa::Interruption::DataMemoryProtectionId;
  if (opt.unaligned)
    return pcxs ? pa::Interruption::DataMemoryProtection : pa::Interruption::UnalignedDataReference;
  if (write && p.b && !opt.data_break_disabled) return pa::Interruption::DataMemoryBreak;
  if (write && !p.d) return pa::Interruption::TlbDirtyBit;
  if (p.t) return pa::Interruption::PageReference;
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
// level unchanged.  GATE never demotes.  (Source: the access rights table
// above; QEMU HELPER(b_gate_priv).)
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
//     TLB has no translation: PROBE is a non-access instruction, so that is a
//     non-access data TLB miss fault (17).
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
  if (p == nullptr) return {pa::Interruption::NonAccessDataTlbMiss, false};
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
