// A PA-RISC 1.1 TLB entry and the operand words of the TLB insert
// instructions (IITLBA/IITLBP, IDTLBA/IDTLBP).
//
// Leaf header: no dependency on sim/ or pa_risc/.
//
// ---------------------------------------------------------------------------
// Operand layouts (PA bit numbering: bit 0 is the MSB of the 32-bit word)
//
// IxTLBA  GR[r] -- the address part; the virtual page comes from the
//                  instruction's space.offset (space register, GR[b]):
//
//     0         6 7                               26 27      31
//    +-----------+----------------------------------+----------+
//    |  ignored  |   physical page number (20 bits) | ignored  |
//    +-----------+----------------------------------+----------+
//
//   i.e. the operand is (physical address >> 7): ppn = (word >> 5) & 0xfffff.
//   Sources: QEMU target/hppa/mem_helper.c itlba_pa11 (extract32(reg, 5, 20));
//   Utah Mach locore.s "extrs r9,24,25,r16 /* pa >> 7 always */" before
//   idtlba; Linux entry.S make_insert_tlb_11 (page number ends at bit 26).
//   Utah sign-extends I/O addresses (0xf...) into bits 0..6, so the model
//   ignores those bits rather than rejecting them.
//
// IxTLBP  GR[r] -- the protection part:
//
//     0 1  2   3   4   5   7 8   9 10  11  12  13  15 16           30  31
//    +---+---+---+---+------+------+------+---+------+---------------+---+
//    |ign| T | D | B | type | PL1  | PL2  | U | ign  |  access id    |ign|
//    +---+---+---+---+------+------+------+---+------+---------------+---+
//
//     T    page reference trap on any data access to the page (trap 21)
//     D    dirty: clear => a store traps with TLB dirty bit trap (20)
//     B    data break: a store traps with data memory break trap (19)
//          unless PSW[X] is set
//     type access rights type 0..7 (the table: docs/mmu.md)
//     PL1  privilege level field 1 (read level, least-privileged execute level)
//     PL2  privilege level field 2 (write level, most-privileged execute level)
//     U    uncacheable page (the cache model's business, not checked here)
//     access id  the page's protection identifier (15 bits), compared
//          against the PID control registers when PSW[P] is 1
//
//   Sources: Utah Mach hp_pa/pte.h (TLB_TRAP 0x20000000, TLB_DIRTY 0x10000000,
//   TLB_BREAK 0x08000000, TLB_AR_MASK 0x07f00000, TLB_PID_MASK 0x0000fffe;
//   bits 0, 1, 13..15 and 31 are "software only" there, i.e. the PA7000
//   ignores them -- and it keeps a software bit in 12 too, so a PCX-S may
//   ignore U as well); QEMU set_access_bits_pa11 (same T/D/B/type/PL1/PL2/U
//   positions); Linux entry.S make_insert_tlb_11 (access id = space id
//   deposited as 15 bits ending at bit 30: "zdep spc,30,15"; U at bit 12;
//   PL2 at 10..11).  QEMU takes 18 access-id bits (13..30); the model takes
//   the 15 bits that Utah and Linux use.
// ---------------------------------------------------------------------------
#pragma once
#include <cstdint>

namespace mmu {

constexpr unsigned kPageBits = 12;                 // 4 KB pages
constexpr uint32_t kVpnMask = 0xfffffu;            // 20-bit page numbers (32-bit offsets)
constexpr unsigned kAccessIdBits = 15;
constexpr uint32_t kAccessIdMask = (1u << kAccessIdBits) - 1;

// Masks of the IxTLBP word, as LSB-numbered C masks.
namespace prot_word {
constexpr uint32_t T = 1u << 29;         // PA bit 2
constexpr uint32_t D = 1u << 28;         // PA bit 3
constexpr uint32_t B = 1u << 27;         // PA bit 4
constexpr unsigned TypeShift = 24;       // PA bits 5..7
constexpr unsigned Pl1Shift = 22;        // PA bits 8..9
constexpr unsigned Pl2Shift = 20;        // PA bits 10..11
constexpr uint32_t U = 1u << 19;         // PA bit 12
constexpr unsigned AccessIdShift = 1;    // PA bits 16..30
}  // namespace prot_word

// The protection part of a translation (what IxTLBP inserts).  Shared by TLB
// and block-TLB entries.
struct Protection {
  uint16_t access_id = 0;  // 15 bits
  uint8_t type = 0;        // access rights type 0..7
  uint8_t pl1 = 0;         // 0..3
  uint8_t pl2 = 0;         // 0..3
  bool t = false;          // page reference trap
  bool d = false;          // dirty
  bool b = false;          // data break
  bool u = false;          // uncacheable

  static constexpr Protection decode(uint32_t w) {
    Protection p;
    p.t = (w & prot_word::T) != 0;
    p.d = (w & prot_word::D) != 0;
    p.b = (w & prot_word::B) != 0;
    p.type = static_cast<uint8_t>((w >> prot_word::TypeShift) & 7u);
    p.pl1 = static_cast<uint8_t>((w >> prot_word::Pl1Shift) & 3u);
    p.pl2 = static_cast<uint8_t>((w >> prot_word::Pl2Shift) & 3u);
    p.u = (w & prot_word::U) != 0;
    p.access_id = static_cast<uint16_t>((w >> prot_word::AccessIdShift) & kAccessIdMask);
    return p;
  }
  // The IxTLBP word that inserts this protection (ignored bits zero).
  constexpr uint32_t encode() const {
    return (t ? prot_word::T : 0) | (d ? prot_word::D : 0) | (b ? prot_word::B : 0) |
           (uint32_t(type & 7u) << prot_word::TypeShift) |
           (uint32_t(pl1 & 3u) << prot_word::Pl1Shift) |
           (uint32_t(pl2 & 3u) << prot_word::Pl2Shift) | (u ? prot_word::U : 0) |
           (uint32_t(access_id & kAccessIdMask) << prot_word::AccessIdShift);
  }
  friend constexpr bool operator==(const Protection&, const Protection&) = default;
};

// The physical page number an IxTLBA word carries, and the reverse.
constexpr uint32_t decode_address_word(uint32_t w) { return (w >> 5) & kVpnMask; }
constexpr uint32_t encode_address_word(uint32_t ppn) { return (ppn & kVpnMask) << 5; }

// One translation of the (instruction or data) TLB: space id, virtual page
// number and physical page number (4 KB pages), plus the protection part.
struct TlbEntry {
  uint32_t space = 0;  // space identifier
  uint32_t vpn = 0;    // virtual page number (offset >> 12)
  uint32_t ppn = 0;    // physical page number (physical address >> 12)
  Protection prot;
  bool valid = false;  // both halves inserted, not purged

  constexpr uint32_t physical_address(uint32_t offset) const {
    return (ppn << kPageBits) | (offset & ((1u << kPageBits) - 1));
  }
};

}  // namespace mmu
