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
      exec_host_(zeroed_map<uint8_t*>()),
      decoded_(zeroed_map<DecodedPage*>()),
      space_tag_(zeroed_map<uint32_t>()) {}

void GuestMemory::map_page(uint32_t vpn, uint8_t* host, bool readable, bool writable,
                           bool executable, uint32_t space) {
  space_tag_[vpn] = space;
  read_map_[vpn] = readable ? host : nullptr;
  write_map_[vpn] = writable ? host : nullptr;
  exec_host_[vpn] = executable ? host : nullptr;
  decoded_[vpn] = nullptr;
}

void GuestMemory::unmap_page(uint32_t vpn) { map_page(vpn, nullptr, false, false, false); }

uint8_t* GuestMemory::slow_page(uint32_t space, uint32_t off, unsigned size, Access access) {
  if (off & (size - 1)) raise_trap(Interruption::UnalignedDataReference, space, off);
  if (backend_->is_io(space, off)) return nullptr;  // the caller goes to the device
  const uint32_t vpn = off >> kPageBits;
  if (check_space_ && space_tag_[vpn] != space) {
    // Cached for another space: forget it before asking the backend.
    unmap_data(vpn);
    unmap_exec(vpn);
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
    // Decoded whole, once: every slot then holds its word, and the fetch
    // decodes again only the words that change.
    page = std::make_unique<DecodedPage>();
    page->host = host;
    for (uint32_t i = 0; i < kPageSize / 4; ++i) page->insn[i] = decode(page->word_at(i * 4));
  }
  decoded_[vpn] = page.get();
  return page.get();
}

uint32_t GuestMemory::maintenance_paddr(uint32_t space, uint32_t off, bool instruction_side) {
  const uint32_t vpn = off >> kPageBits;
  uint8_t* page = instruction_side ? exec_host_[vpn] : read_map_[vpn];
  if (page == nullptr) {
    backend_->fill(*this, space, off, instruction_side ? Access::Execute : Access::Read);
    page = instruction_side ? exec_host_[vpn] : read_map_[vpn];
  }
  if (page == nullptr) page = backend_->non_access_page(space, off, instruction_side);
  if (page == nullptr)
    raise_trap(instruction_side ? Interruption::NonAccessInstructionTlbMiss : Interruption::NonAccessDataTlbMiss,
               space, off);
  return paddr_of(page, off);
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
