// The processor's view of memory: space.offset -> host bytes, with the
// big-endian byte order of PA-RISC.
//
// The hot path is three flat maps indexed by virtual page number (read,
// write, execute), each holding a host pointer or null.  A null entry sends
// the access to the MemoryBackend, which either fills the entry (mapping a
// page of RAM obtained through DMI) or raises the interruption the hardware
// would.  Stores to code need no care: the fetch checks each predecoded
// word against memory (DecodedPage).
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <vector>

#include "cache/cache.h"
#include "pa_risc/bits.h"
#include "pa_risc/cpu_state.h"
#include "pa_risc/decoded_insn.h"
#include "pa_risc/interruptions.h"

namespace pa {

constexpr unsigned kPageBits = 12;
constexpr uint32_t kPageSize = 1u << kPageBits;
constexpr uint32_t kPageCount = 1u << (32 - kPageBits);

enum class Access : uint8_t { Read, Write, Execute };

// A page of code predecoded, keyed by the host memory (the physical page)
// it was decoded from.  Each slot keeps its instruction word; the fetch
// compares it with memory and decodes again when they differ, so no store
// has to be tracked, through whatever mapping it comes.
struct DecodedPage {
  DecodedInsn insn[kPageSize / 4];
  const uint8_t* host = nullptr;  // the memory it was decoded from
  // The instruction word at `off`, as memory holds it (big-endian bytes
  // read as a host word: compare with DecodedInsn::stored_word).
  uint32_t stored_word_at(uint32_t off) const {
    uint32_t w;
    std::memcpy(&w, host + (off & (kPageSize - 4)), 4);
    return w;
  }
  uint32_t word_at(uint32_t off) const { return bswap32(stored_word_at(off)); }
};

class GuestMemory;

// Slow-path services behind the flat maps: the SE personality, or the full
// system's translation path (TLBs and page tables).
class MemoryBackend {
 public:
  virtual ~MemoryBackend() = default;
  // Make the page holding `offset` accessible for `access` (GuestMemory::map_page)
  // or raise the interruption that access causes.
  virtual void fill(GuestMemory& mem, uint32_t space, uint32_t offset, Access access) = 0;

  // I/O space: uncached device registers, reached through the bus.
  virtual bool is_io(uint32_t /*space*/, uint32_t /*offset*/) const { return false; }
  virtual uint64_t io_read(uint32_t /*space*/, uint32_t offset, unsigned /*size*/) {
    raise_trap(Interruption::HighPriorityMachineCheck, 0, offset);
  }
  virtual void io_write(uint32_t /*space*/, uint32_t offset, unsigned /*size*/, uint64_t /*value*/) {
    raise_trap(Interruption::HighPriorityMachineCheck, 0, offset);
  }
  // The host page a non-access instruction (FDC, FIC, PDC) at `offset`
  // names when fill() gave none for `instruction_side`: cache flushes need
  // a translation, not access rights.  Null raises the non-access TLB miss.
  virtual uint8_t* non_access_page(uint32_t /*space*/, uint32_t /*offset*/, bool /*instruction_side*/) {
    return nullptr;
  }
  // Host memory behind a physical page (absolute accesses: LDWA/STWA), or null.
  virtual uint8_t* physical_page(uint32_t /*paddr*/) { return nullptr; }

  // Privileged TLB instructions (full system).  Without a TLB model they are illegal.
  enum class TlbOp : uint8_t { InsertAddress, InsertProtection, Purge, PurgeEntry };
  virtual void tlb_operation(bool /*instruction_side*/, TlbOp, uint32_t /*space*/, uint32_t /*offset*/,
                             uint32_t /*operand*/) {
    raise_trap(Interruption::IllegalInstruction);
  }
  // GATE executed at space.offset with code translation on: the privilege it
  // promotes to (a gateway page of type 4..7), or `current` for no promotion.
  virtual unsigned gateway_privilege(uint32_t /*space*/, uint32_t /*offset*/, unsigned current) { return current; }
  // LPA: the physical address behind space.offset for data, or raise the
  // non-access DTLB miss fault.  Without a translation model: the offset.
  virtual uint32_t translate_data(uint32_t /*space*/, uint32_t offset) { return offset; }
  // PROBER/PROBEW with data translation on: may an access of this kind at
  // privilege `requested` proceed?  Raises the non-access DTLB miss fault
  // when there is no translation.  Returns -1 when the backend has no view
  // of access rights (the core then tries the access itself).
  virtual int probe(uint32_t /*space*/, uint32_t /*offset*/, bool /*write*/, unsigned /*requested*/,
                    const CpuState& /*s*/) {
    return -1;
  }
  // A firmware call (DIAG kFirmwareCall): arguments and results in the
  // general registers.  Returns false if there is no firmware.
  virtual bool firmware_call(CpuState& /*s*/) { return false; }
  // The translation context changed (privilege, PSW C/D/P, protection ids):
  // cached translations made under the old one may no longer hold.
  virtual void on_context_change(const CpuState& /*s*/) {}
};

// Detaches the D-cache model for the lifetime of the object: host-side
// accesses act for a kernel that is not simulated and cost no cache time.
struct CacheBypass {
  cache::Cache*& slot;
  cache::Cache* saved;
  explicit CacheBypass(cache::Cache*& c) : slot(c), saved(c) { slot = nullptr; }
  ~CacheBypass() { slot = saved; }
  CacheBypass(const CacheBypass&) = delete;
  CacheBypass& operator=(const CacheBypass&) = delete;
};

class GuestMemory {
 public:
  explicit GuestMemory(MemoryBackend* backend);
  GuestMemory(const GuestMemory&) = delete;
  GuestMemory& operator=(const GuestMemory&) = delete;

  void set_backend(MemoryBackend* backend) { backend_ = backend; }
  MemoryBackend* backend() const { return backend_; }
  // Full system: a cached page also remembers the space it was translated
  // for, and an access from another space takes the slow path.
  void enable_space_checks() { check_space_ = true; }

  // --- page table maintenance (called by backends) ---
  void map_page(uint32_t vpn, uint8_t* host, bool readable, bool writable, bool executable, uint32_t space = 0);
  void unmap_page(uint32_t vpn);
  // Data side (DTLB) and instruction side (ITLB) separately.  Unmapping the
  // instruction side keeps the predecoded page, so a later refill of the
  // same memory does not decode again.
  void map_data(uint32_t vpn, uint8_t* host, bool readable, bool writable, uint32_t space = 0) {
    if (space_tag_[vpn] != space) unmap_exec(vpn);  // one space per cached page
    space_tag_[vpn] = space;
    read_map_[vpn] = readable ? host : nullptr;
    write_map_[vpn] = writable ? host : nullptr;
  }
  void map_exec(uint32_t vpn, uint8_t* host, uint32_t space = 0) {
    if (space_tag_[vpn] != space) {
      unmap_data(vpn);
      unmap_exec(vpn);
    }
    space_tag_[vpn] = space;
    exec_host_[vpn] = host;
    // The predecode comes back at the first fetch (slow_code_page), or
    // from restore_decoded().
  }
  void unmap_data(uint32_t vpn) { read_map_[vpn] = write_map_[vpn] = nullptr; }
  void unmap_exec(uint32_t vpn) {
    exec_host_[vpn] = nullptr;
    decoded_[vpn] = nullptr;
  }
  // The predecoded page the fetch uses at `vpn` now (null until the first
  // fetch after map_exec).
  DecodedPage* decoded_page(uint32_t vpn) const { return decoded_[vpn]; }
  // Give `vpn` back a predecoded page taken from decoded_page() earlier, if
  // the page is mapped for execution to the memory it was decoded from: the
  // page the first fetch would find (slow_code_page), without the lookup.
  void restore_decoded(uint32_t vpn, DecodedPage* page) {
    if (exec_host_[vpn] == page->host) decoded_[vpn] = page;
  }
  bool is_mapped(uint32_t vpn) const { return read_map_[vpn] != nullptr || exec_host_[vpn] != nullptr; }
  uint8_t* host_page(uint32_t vpn) const { return read_map_[vpn] ? read_map_[vpn] : exec_host_[vpn]; }

  // --- data accesses: PA-RISC requires natural alignment ---
  // kTagged: the caller may be in full-system mode, where a cached page is
  // valid for one space only.  Syscall emulation has a single space and
  // instantiates the core without the check (space checks off).
  template <typename T, bool kTagged = true>
  [[gnu::always_inline]] T load(uint32_t space, uint32_t off) {
    uint8_t* page = read_map_[off >> kPageBits];
    if (__builtin_expect(page == nullptr || (off & (sizeof(T) - 1)) != 0 || (kTagged && other_space(space, off)), 0)) {
      page = slow_page(space, off, sizeof(T), Access::Read);
      if (page == nullptr) return static_cast<T>(backend_->io_read(space, off, sizeof(T)));
    }
    if (dcache_) stalls_ += dcache_->access(space, off, paddr_of(page, off), false);
    T v;
    std::memcpy(&v, page + (off & (kPageSize - 1)), sizeof(T));
    return from_be(v);
  }
  template <typename T, bool kTagged = true>
  [[gnu::always_inline]] void store(uint32_t space, uint32_t off, T value) {
    uint8_t* page = write_map_[off >> kPageBits];
    if (__builtin_expect(page == nullptr || (off & (sizeof(T) - 1)) != 0 || (kTagged && other_space(space, off)), 0)) {
      page = slow_page(space, off, sizeof(T), Access::Write);
      if (page == nullptr) return backend_->io_write(space, off, sizeof(T), value);
    }
    if (dcache_) stalls_ += dcache_->access(space, off, paddr_of(page, off), true);
    value = from_be(value);
    std::memcpy(page + (off & (kPageSize - 1)), &value, sizeof(T));
  }
  // Byte store that bypasses alignment rules, for STBYS and the loaders.
  void store_byte(uint32_t space, uint32_t off, uint8_t value) { store<uint8_t>(space, off, value); }
  // Is the byte at space.offset writable?  (PROBEW; may fill the maps.)
  bool probe_write(uint32_t space, uint32_t off) {
    if (write_map_[off >> kPageBits] && !other_space(space, off)) return true;
    return slow_page(space, off, 1, Access::Write) != nullptr;
  }

  // Absolute (physical) accesses, LDWA/STWA: no translation, natural alignment.
  template <typename T>
  T load_absolute(uint32_t paddr) {
    if (paddr & (sizeof(T) - 1)) raise_trap(Interruption::UnalignedDataReference, 0, paddr);
    if (uint8_t* page = backend_->physical_page(paddr & ~(kPageSize - 1))) {
      T v;
      std::memcpy(&v, page + (paddr & (kPageSize - 1)), sizeof(T));
      return from_be(v);
    }
    return static_cast<T>(backend_->io_read(0, paddr, sizeof(T)));
  }
  template <typename T>
  void store_absolute(uint32_t paddr, T value) {
    if (paddr & (sizeof(T) - 1)) raise_trap(Interruption::UnalignedDataReference, 0, paddr);
    if (uint8_t* page = backend_->physical_page(paddr & ~(kPageSize - 1))) {
      value = from_be(value);
      std::memcpy(page + (paddr & (kPageSize - 1)), &value, sizeof(T));
      return;
    }
    backend_->io_write(0, paddr, sizeof(T), value);
  }

  // --- timing: data accesses through the D-cache model (timed runs only) ---
  // RAM is physical address 0 at host `ram_base`; the cache sees physical tags.
  void attach_dcache(cache::Cache* dcache, const uint8_t* ram_base) {
    dcache_ = dcache;
    ram_base_ = ram_base;
  }
  // Stall cycles the memory side charges to the current instruction, in one
  // word so that the core collects them with one load per instruction:
  // D-cache time in the low half, TLB refill time (syscall emulation's
  // stand-in, charged to the instruction that missed) in the high half.
  static uint32_t data_stall_of(uint64_t stalls) { return static_cast<uint32_t>(stalls); }
  static uint32_t tlb_stall_of(uint64_t stalls) { return static_cast<uint32_t>(stalls >> 32); }
  uint64_t take_stalls() {
    const uint64_t s = stalls_;
    if (s) stalls_ = 0;  // most instructions have none: no store then
    return s;
  }
  void put_back_stalls(uint64_t s) { stalls_ = s; }
  void add_tlb_stall(uint32_t cycles) { stalls_ += static_cast<uint64_t>(cycles) << 32; }
  // A trapping instruction's data accesses did not complete.
  void discard_data_stall() { stalls_ &= ~uint64_t{0xffffffff}; }
  // Physical address behind space.offset for a cache-maintenance instruction
  // (FDC/PDC/FIC): fills the maps like a load would, and raises the
  // non-access TLB miss fault when there is no translation.
  uint32_t maintenance_paddr(uint32_t space, uint32_t off, bool instruction_side);
  // Physical address of an instruction in a predecoded page: from the page's
  // own memory, which stays right while the flat maps forget the mapping
  // (another space's access to the same offset, a TLB operation).
  uint32_t code_paddr(const DecodedPage& page, uint32_t off) const { return paddr_of(page.host, off); }

  // --- instruction fetch: the predecoded page holding `off` ---
  template <bool kTagged = true>
  DecodedPage* code_page(uint32_t space, uint32_t off) {
    DecodedPage* p = decoded_[off >> kPageBits];
    return __builtin_expect(p != nullptr && !(kTagged && other_space(space, off)), 1) ? p : slow_code_page(space, off);
  }
  // The instruction word at space.offset, fetched as the processor would
  // (instruction translation); for reports and debuggers.  Raises the
  // fetch's trap if there is no translation.
  uint32_t fetch_word(uint32_t space, uint32_t off) {
    uint32_t word;
    std::memcpy(&word, code_page(space, off)->host + (off & (kPageSize - 4)), 4);
    return from_be(word);
  }
  bool space_checks() const { return check_space_; }

  // Host-side helpers for loaders, system-call emulation and reports: the
  // same translation and faults as the guest's accesses, but no cache time.
  template <typename T>
  T host_load(uint32_t space, uint32_t off) {
    CacheBypass bypass(dcache_);
    return load<T>(space, off);
  }
  template <typename T>
  void host_store(uint32_t space, uint32_t off, T value) {
    CacheBypass bypass(dcache_);
    store<T>(space, off, value);
  }
  void copy_in(uint32_t space, uint32_t off, const void* src, size_t len);
  void copy_out(uint32_t space, uint32_t off, void* dst, size_t len);
  void fill_bytes(uint32_t space, uint32_t off, uint8_t value, size_t len);

 private:
  template <typename T>
  static T from_be(T v) {
    if constexpr (sizeof(T) == 1) return v;
    else if constexpr (sizeof(T) == 2) return static_cast<T>(bswap16(static_cast<uint16_t>(v)));
    else if constexpr (sizeof(T) == 4) return static_cast<T>(bswap32(static_cast<uint32_t>(v)));
    else return static_cast<T>(bswap64(static_cast<uint64_t>(v)));
  }
  uint8_t* slow_page(uint32_t space, uint32_t off, unsigned size, Access access);
  DecodedPage* slow_code_page(uint32_t space, uint32_t off);

  bool other_space(uint32_t space, uint32_t off) const {
    return check_space_ && space_tag_[off >> kPageBits] != space;
  }
  uint32_t paddr_of(const uint8_t* page, uint32_t off) const {
    return static_cast<uint32_t>(page - ram_base_) + (off & (kPageSize - 1));
  }

  MemoryBackend* backend_;
  bool check_space_ = false;
  cache::Cache* dcache_ = nullptr;
  const uint8_t* ram_base_ = nullptr;
  uint64_t stalls_ = 0;  // see take_stalls()
  struct Freer { void operator()(void* p) const; };
  std::unique_ptr<uint8_t*[], Freer> read_map_;
  std::unique_ptr<uint8_t*[], Freer> write_map_;
  std::unique_ptr<uint8_t*[], Freer> exec_host_;
  std::unique_ptr<DecodedPage*[], Freer> decoded_;  // live predecode of each mapped code page
  std::unique_ptr<uint32_t[], Freer> space_tag_;    // the space each cached page belongs to
  // Every predecoded page, by the host memory it was decoded from: kept
  // across unmapping (context changes, TLB evictions, a second space mapping
  // the same offset), one per code page, never freed (the run loop may hold
  // a pointer into one).
  std::unordered_map<const uint8_t*, std::unique_ptr<DecodedPage>> predecoded_;
};

}  // namespace pa
