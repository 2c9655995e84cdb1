#include "sim/fs/full_system.h"

#include <cstring>
#include <fmt/format.h>

#include "sim/cpu_module.h"
#include "sim/halt_device.h"
#include "sim/user_error.h"

namespace sim {

FullSystem::FullSystem(const ElfImage& kernel, CpuModule& cpu, HaltDevice& halt, uint32_t io_base)
    : kernel_(kernel), cpu_(cpu), halt_(halt), io_base_(io_base) {}

void FullSystem::boot(pa::Core& core, uint8_t* ram, uint64_t ram_bytes) {
  core_ = &core;
  ram_ = ram;
  ram_bytes_ = ram_bytes;
  core.memory().set_backend(this);
  core.set_deliver_interruptions(true);
  // The loader plays the boot ROM: segments go to RAM at their addresses
  // (virtual = physical: the kernel is linked to run untranslated).
  for (const auto& seg : kernel_.segments) {
    if (static_cast<uint64_t>(seg.vaddr) + seg.memsz > ram_bytes)
      throw std::runtime_error(fmt::format("kernel segment 0x{:08x}+0x{:x} lies outside RAM ({} MB)",
                                           seg.vaddr, seg.memsz, ram_bytes >> 20));
    std::memcpy(ram + seg.vaddr, seg.bytes.data(), seg.bytes.size());
    std::memset(ram + seg.vaddr + seg.bytes.size(), 0, seg.memsz - seg.bytes.size());
  }
  pa::CpuState& s = core.state();
  s.psw = 0;  // reset: translation off, interruptions off, Q clear
  s.iaoq_front = kernel_.entry;  // privilege 0
  s.iaoq_back = kernel_.entry + 4;
  s.iasq_front = s.iasq_back = 0;
}

bool FullSystem::on_trap(pa::Core&, const pa::RunResult&) {
  // Interruptions are delivered to the guest by the core; nothing reaches here.
  return false;
}

void FullSystem::fill(pa::GuestMemory& mem, uint32_t, uint32_t offset, pa::Access access) {
  const pa::CpuState& s = core_->state();
  const bool translated = access == pa::Access::Execute ? (s.psw & pa::psw::C) : (s.psw & pa::psw::D);
  if (translated) return;  // virtual translation: the TLB model (next step); until then a TLB miss
  if (offset >= ram_bytes_) return;  // no memory there: the core raises the fault
  const uint32_t vpn = offset >> pa::kPageBits;
  mem.map_page(vpn, ram_ + (static_cast<uint64_t>(vpn) << pa::kPageBits), true, true, true);
}

bool FullSystem::is_io(uint32_t, uint32_t offset) const { return offset >= io_base_; }

uint64_t FullSystem::io_read(uint32_t, uint32_t offset, unsigned size) { return cpu_.bus_read(offset, size); }

void FullSystem::io_write(uint32_t, uint32_t offset, unsigned size, uint64_t value) {
  cpu_.bus_write(offset, size, value);
  if (auto st = halt_.status()) throw pa::HaltRequest{*st};
}

uint8_t* FullSystem::physical_page(uint32_t paddr) {
  return paddr < ram_bytes_ ? ram_ + paddr : nullptr;
}

}  // namespace sim
