#include "pa_risc/guest_memory.h"

#include <cstdlib>
#include <cstring>
#include <new>

namespace pa {

namespace {
template <typename T>
T* zeroed_map() {
  // calloc: the maps are large but sparse; untouched parts cost no host memory.
  void* p = std::calloc(kPageCount, sizeof(T));
  if (!p) throw std::bad_alloc();
  return static_cast<T*>(p);
}
}  // namespace

void GuestMemory::Freer::operator()(void* p) const { std::free(p); }

GuestMemory::GuestMemory(MemoryBackend* backend)
    : backend_(backend),
      read_map_(zeroed_map<uint8_t*>()),
      write_map_(zeroed_map<uint8_t*>()),
      writable_host_(zeroed_map<uint8_t*>()),
      exec_host_(zeroed_map<uint8_t*>()),
      decoded_(zeroed_map<DecodedPage*>()),
      space_tag_(zeroed_map<uint32_t>()) {}

void GuestMemory::map_page(uint32_t vpn, uint8_t* host, bool readable, bool writable,
                           bool executable, uint32_t space) {
  drop_predecode(vpn);
  space_tag_[vpn] = space;
  read_map_[vpn] = readable ? host : nullptr;
  writable_host_[vpn] = writable ? host : nullptr;
  write_map_[vpn] = writable ? host : nullptr;
  exec_host_[vpn] = executable ? host : nullptr;
  decoded_[vpn] = nullptr;
}

void GuestMemory::unmap_page(uint32_t vpn) { map_page(vpn, nullptr, false, false, false); }

void GuestMemory::map_data(uint32_t vpn, uint8_t* host, bool readable, bool writable, uint32_t space) {
  if (space_tag_[vpn] != space) unmap_exec(vpn);  // one space per cached page
  space_tag_[vpn] = space;
  read_map_[vpn] = readable ? host : nullptr;
  writable_host_[vpn] = writable ? host : nullptr;
  // Stores to a page with live predecode stay on the slow path.
  write_map_[vpn] = (writable && decoded_[vpn] == nullptr) ? host : nullptr;
}

void GuestMemory::map_exec(uint32_t vpn, uint8_t* host, uint32_t space) {
  if (space_tag_[vpn] != space) {
    unmap_data(vpn);
    unmap_exec(vpn);
  }
  space_tag_[vpn] = space;
  exec_host_[vpn] = host;
  // The predecode comes back (checked) at the first fetch: slow_code_page.
}

void GuestMemory::unmap_data(uint32_t vpn) {
  read_map_[vpn] = write_map_[vpn] = writable_host_[vpn] = nullptr;
}

void GuestMemory::unmap_exec(uint32_t vpn) {
  exec_host_[vpn] = nullptr;
  decoded_[vpn] = nullptr;
  // No live predecode: stores may take the fast path again (slow_code_page
  // compares the page with its snapshot before using the predecode again).
  write_map_[vpn] = writable_host_[vpn];
}

void GuestMemory::invalidate(DecodedPage& page) {
  // Keep the page object alive (the run loop may hold a pointer into it)
  // and mark every slot undecoded, so the next fetch decodes afresh.
  for (auto& insn : page.insn) insn.op = Op::Undecoded;
  page.snapshot_stale = true;
}

void GuestMemory::drop_predecode(uint32_t vpn) {
  if (DecodedPage* p = decoded_[vpn]) invalidate(*p);
}

void GuestMemory::drop_predecode_physical(uint32_t paddr) {
  const uint8_t* host = backend_->physical_page(paddr & ~(kPageSize - 1));
  if (!host) return;
  if (auto it = predecoded_.find(host); it != predecoded_.end()) invalidate(*it->second);
}

uint8_t* GuestMemory::slow_page(uint32_t space, uint32_t off, unsigned size, Access access) {
  if (off & (size - 1)) raise_trap(Interruption::UnalignedDataReference, space, off);
  if (backend_->is_io(space, off)) return nullptr;  // the caller goes to the device
  const uint32_t vpn = off >> kPageBits;
  if (check_space_ && space_tag_[vpn] != space) {
    // Cached for another space: forget it before asking the backend.
    unmap_data(vpn);
    unmap_exec(vpn);
  }
  if (access == Access::Write && writable_host_[vpn] != nullptr) {
    // A store to a page holding predecoded code: forget the predecode.
    drop_predecode(vpn);
    write_map_[vpn] = writable_host_[vpn];
    return write_map_[vpn];
  }
  backend_->fill(*this, space, off, access);
  uint8_t* page = (access == Access::Write) ? write_map_[vpn] : read_map_[vpn];
  if (page == nullptr) {
    // Mapped but without the right: access-rights trap; not mapped: TLB miss.
    const bool mapped = read_map_[vpn] != nullptr || exec_host_[vpn] != nullptr;
    raise_trap(mapped ? Interruption::DataMemoryAccessRights : Interruption::DataTlbMiss, space, off);
  }
  return page;
}

DecodedPage* GuestMemory::slow_code_page(uint32_t space, uint32_t off) {
  const uint32_t vpn = off >> kPageBits;
  if (check_space_ && space_tag_[vpn] != space) {
    unmap_data(vpn);
    unmap_exec(vpn);
  }
  if (exec_host_[vpn] == nullptr) {
    backend_->fill(*this, space, off, Access::Execute);
    if (exec_host_[vpn] == nullptr) raise_trap(Interruption::InstructionTlbMiss, space, off);
  }
  const uint8_t* host = exec_host_[vpn];
  std::unique_ptr<DecodedPage>& page = predecoded_[host];
  if (!page) {
    page = std::make_unique<DecodedPage>();
    page->host = host;
    page->snapshot = std::make_unique<uint8_t[]>(kPageSize);
    std::memcpy(page->snapshot.get(), host, kPageSize);
  } else if (page->snapshot_stale || std::memcmp(page->snapshot.get(), host, kPageSize) != 0) {
    // Written since it was decoded (through whatever mapping): start over.
    invalidate(*page);
    std::memcpy(page->snapshot.get(), host, kPageSize);
    page->snapshot_stale = false;
  }
  decoded_[vpn] = page.get();
  write_map_[vpn] = nullptr;  // stores must now see the predecode
  return page.get();
}

uint32_t GuestMemory::maintenance_paddr(uint32_t space, uint32_t off, bool instruction_side) {
  const uint32_t vpn = off >> kPageBits;
  uint8_t* page = instruction_side ? exec_host_[vpn] : read_map_[vpn];
  if (page == nullptr) {
    backend_->fill(*this, space, off, instruction_side ? Access::Execute : Access::Read);
    page = instruction_side ? exec_host_[vpn] : read_map_[vpn];
  }
  if (page == nullptr)
    raise_trap(instruction_side ? Interruption::NonAccessInstructionTlbMiss : Interruption::NonAccessDataTlbMiss,
               space, off);
  return paddr_of(page, off);
}

void GuestMemory::predecode(uint32_t off, DecodedInsn& slot) {
  const uint32_t vpn = off >> kPageBits;
  uint32_t word;
  std::memcpy(&word, exec_host_[vpn] + (off & (kPageSize - 1) & ~3u), 4);
  slot = decode(bswap32(word));
  write_map_[vpn] = nullptr;
}

void GuestMemory::copy_in(uint32_t space, uint32_t off, const void* src, size_t len) {
  CacheBypass bypass(dcache_);
  auto* s = static_cast<const uint8_t*>(src);
  for (size_t i = 0; i < len; ++i) store_byte(space, off + static_cast<uint32_t>(i), s[i]);
}

void GuestMemory::copy_out(uint32_t space, uint32_t off, void* dst, size_t len) {
  CacheBypass bypass(dcache_);
  auto* d = static_cast<uint8_t*>(dst);
  for (size_t i = 0; i < len; ++i) d[i] = load<uint8_t>(space, off + static_cast<uint32_t>(i));
}

void GuestMemory::fill_bytes(uint32_t space, uint32_t off, uint8_t value, size_t len) {
  CacheBypass bypass(dcache_);
  for (size_t i = 0; i < len; ++i) store_byte(space, off + static_cast<uint32_t>(i), value);
}

}  // namespace pa
