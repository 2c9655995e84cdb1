#include "sim/fs/full_system.h"

#include <algorithm>
#include <cstring>
#include <fmt/format.h>

#include "sim/cpu_module.h"
#include "sim/fs/mmu_faults.h"
#include "sim/halt_device.h"
#include "sim/user_error.h"

namespace sim {

FullSystem::FullSystem(const ElfImage& kernel, CpuModule& cpu, HaltDevice& halt, Options options)
    : kernel_(kernel), modules_(std::move(options.modules)), tick_cycles_(options.tick_cycles),
      boot_flags_(options.boot_flags), cpu_(cpu),
      halt_(halt), io_base_(options.io_base), itlb_(options.itlb), dtlb_(options.dtlb),
      saved_(options.saved_contexts) {}

namespace {
// What a cached translation depends on besides (space, page): privilege,
// PSW C/D/P/X and the protection ids.
uint64_t context_of(const pa::CpuState& s) {
  uint64_t k = (s.iaoq_front & 3u) | (static_cast<uint64_t>(s.psw & (pa::psw::C | pa::psw::D | pa::psw::P | pa::psw::X)) << 2);
  for (unsigned r : {pa::cr::Pid1, pa::cr::Pid2, pa::cr::Pid3, pa::cr::Pid4}) k = k * 0x9e3779b97f4a7c15ull + s.cr[r];
  return k;
}
}  // namespace

void FullSystem::forget_all() {
  pa::GuestMemory& mem = core_->memory();
  for (const CachedPage& p : cached_) {
    mem.unmap_data(p.vpn);
    mem.unmap_exec(p.vpn);
  }
  cached_.clear();
  cached_tainted_ = false;
}

void FullSystem::leave_context() {
  pa::GuestMemory& mem = core_->memory();
  const bool keep = !saved_.empty() && !cached_tainted_ && !cached_.empty();
  if (keep) {
    // Before unmapping: the predecode each code page has now (a page cached
    // twice keeps it only where it was decoded from that memory).
    for (CachedPage& p : cached_) {
      if (!p.exec) continue;
      pa::DecodedPage* d = mem.decoded_page(p.vpn);
      p.decoded = (d && d->host == p.host) ? d : nullptr;
    }
  }
  for (const CachedPage& p : cached_) {
    mem.unmap_data(p.vpn);
    mem.unmap_exec(p.vpn);
  }
  if (keep) {
    SavedContext* slot = &saved_[0];
    for (SavedContext& c : saved_) {
      if (c.key == context_key_) {  // the same context, saved before
        slot = &c;
        break;
      }
      if (!c.valid || c.last_use < slot->last_use) slot = &c;  // else the least recently used
    }
    slot->key = context_key_;
    slot->valid = true;
    slot->last_use = ++use_clock_;
    slot->pages.swap(cached_);  // vectors keep their capacity: no allocation once warm
  }
  cached_.clear();
  cached_tainted_ = false;
}

void FullSystem::restore_context(uint64_t key) {
  for (SavedContext& c : saved_) {
    if (!c.valid || c.key != key) continue;
    pa::GuestMemory& mem = core_->memory();
    // Replayed in the order the fills made them, so each page ends as it was.
    for (const CachedPage& p : c.pages) {
      if (p.exec) {
        mem.map_exec(p.vpn, p.host, p.space);
        if (p.decoded) mem.restore_decoded(p.vpn, p.decoded);
      } else {
        mem.map_data(p.vpn, p.host, p.readable, p.writable, p.space);
      }
    }
    // The pages are the current context's again: moved back, and saved
    // again (with what is cached meanwhile) when it is left, so the slot
    // stays valid but empty.
    cached_.swap(c.pages);
    c.last_use = ++use_clock_;
    return;
  }
}

void FullSystem::on_context_change(const pa::CpuState& s) {
  const uint64_t k = context_of(s);
  if (k == context_key_) return;
  leave_context();
  context_key_ = k;
  restore_context(k);
}

unsigned FullSystem::gateway_privilege(uint32_t space, uint32_t offset, unsigned current) {
  const uint32_t vpn = offset >> pa::kPageBits;
  if (const mmu::TlbEntry* e = itlb_.find(space, vpn)) return mmu::gateway_promotion(e->prot, current);
  if (const mmu::BlockTlbEntry* b = ibtlb_.lookup(space, vpn)) return mmu::gateway_promotion(b->prot, current);
  return current;
}

const mmu::TlbEntry* FullSystem::data_translation(uint32_t space, uint32_t offset, mmu::TlbEntry& scratch) const {
  const uint32_t vpn = offset >> pa::kPageBits;
  if (const mmu::TlbEntry* e = dtlb_.find(space, vpn)) return e;
  const mmu::BlockTlbEntry* b = dbtlb_.lookup(space, vpn);
  if (!b) return nullptr;
  scratch.space = space;
  scratch.vpn = vpn;
  scratch.ppn = b->translate(vpn);
  scratch.prot = b->prot;
  scratch.valid = true;
  return &scratch;
}

uint32_t FullSystem::io_physical(uint32_t space, uint32_t offset) const {
  if (!(core_->state().psw & pa::psw::D)) return offset;
  mmu::TlbEntry scratch;
  const mmu::TlbEntry* e = data_translation(space, offset, scratch);
  return e ? e->physical_address(offset) : offset;
}

uint32_t FullSystem::translate_data(uint32_t space, uint32_t offset) {
  const mmu::TlbEntry* e = dtlb_.find(space, offset >> pa::kPageBits);
  if (!e) pa::raise_trap(pa::Interruption::NonAccessDataTlbMiss, space, offset);
  return e->physical_address(offset);
}

int FullSystem::probe(uint32_t space, uint32_t offset, bool write, unsigned requested, const pa::CpuState& s) {
  const mmu::TlbEntry* e = dtlb_.find(space, offset >> pa::kPageBits);
  const mmu::BlockTlbEntry* b = e ? nullptr : dbtlb_.lookup(space, offset >> pa::kPageBits);
  const mmu::Protection* prot = e ? &e->prot : b ? &b->prot : nullptr;
  const mmu::ProtectionIds pids{{s.cr[pa::cr::Pid1], s.cr[pa::cr::Pid2], s.cr[pa::cr::Pid3], s.cr[pa::cr::Pid4]}};
  const auto r = mmu::probe(prot, write ? mmu::AccessKind::Write : mmu::AccessKind::Read, requested,
                            s.iaoq_front & 3u, pids, s.psw & pa::psw::P);
  if (r.trap) raise_fault(*r.trap, space, offset);
  return r.allowed ? 1 : 0;
}

bool FullSystem::firmware_call(pa::CpuState& s) {
  uint32_t* r = s.gr;
  if (r[26] != mmu::pdc::BlockTlbProc) {
    r[28] = static_cast<uint32_t>(mmu::pdc::BadOption);
    return true;
  }
  int32_t status = mmu::pdc::Ok;
  switch (r[25]) {
    case mmu::pdc::BtlbInfo: {
      const auto words = pdc_btlb_.info().words();
      for (unsigned i = 0; i < 4; ++i) core_->memory().store_absolute<uint32_t>(r[24] + 4 * i, words[i]);
      break;
    }
    case mmu::pdc::BtlbInsert: status = pdc_btlb_.insert(r[24], r[23], r[22], r[21], r[20], r[19]); break;
    case mmu::pdc::BtlbPurge: status = pdc_btlb_.purge(r[24], r[23], r[22], r[21]); break;
    case mmu::pdc::BtlbPurgeAll: status = pdc_btlb_.purge_all(); break;
    default: status = mmu::pdc::BadOption; break;
  }
  translations_changed();  // block mappings changed: drop every cached translation
  forget_all();
  r[28] = static_cast<uint32_t>(status);
  return true;
}

void FullSystem::tlb_operation(bool instruction_side, TlbOp op, uint32_t space, uint32_t offset,
                               uint32_t operand) {
  mmu::Tlb& tlb = instruction_side ? itlb_ : dtlb_;
  const uint32_t vpn = offset >> pa::kPageBits;
  switch (op) {
    case TlbOp::InsertAddress: tlb.insert_address(space, vpn, operand); break;
    case TlbOp::InsertProtection: tlb.insert_protection(space, vpn, operand); break;
    case TlbOp::Purge: tlb.purge(space, vpn); break;
    case TlbOp::PurgeEntry: tlb.purge_entry(space, offset); break;
  }
}

void FullSystem::boot(pa::Core& core, uint8_t* ram, uint64_t ram_bytes) {
  core_ = &core;
  ram_ = ram;
  ram_bytes_ = ram_bytes;
  core.memory().set_backend(this);
  core.memory().enable_space_checks();
  core.set_deliver_interruptions(true);
  // A translation leaving a TLB takes the core's cached copy with it.
  itlb_.set_eviction_callback([this](uint32_t, uint32_t vpn) {
    core_->memory().unmap_exec(vpn);
    translations_changed();
  });
  dtlb_.set_eviction_callback([this](uint32_t, uint32_t vpn) {
    core_->memory().unmap_data(vpn);
    translations_changed();
  });
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
  {
    // Every boot gets the boot information in r26 (bare-metal tests ignore it).
    uint32_t kernel_end = 0;
    for (const auto& seg : kernel_.segments) kernel_end = std::max(kernel_end, seg.vaddr + seg.memsz);
    s.gr[26] = place_boot_modules(ram, static_cast<uint32_t>(ram_bytes), kernel_end, modules_,
                                  static_cast<uint32_t>(ram_bytes), tick_cycles_, boot_flags_);
  }
  s.psw = 0;  // reset: translation off, interruptions off, Q clear
  s.iaoq_front = kernel_.entry;  // privilege 0
  s.iaoq_back = kernel_.entry + 4;
  s.iasq_front = s.iasq_back = 0;
  context_key_ = context_of(s);
}

bool FullSystem::on_trap(pa::Core&, const pa::RunResult&) {
  // Interruptions are delivered to the guest by the core; nothing reaches here.
  return false;
}

void FullSystem::no_memory_there(uint32_t space, uint32_t offset) {
  // Neither RAM nor a device (device pages were taken by is_io): on the 730
  // nothing answers the bus transaction, and the timeout is a high-priority
  // machine check, as for an I/O address where no device answers.
  pa::raise_trap(pa::Interruption::HighPriorityMachineCheck, space, offset);
}

void FullSystem::fill(pa::GuestMemory& mem, uint32_t space, uint32_t offset, pa::Access access) {
  const pa::CpuState& s = core_->state();
  const bool fetch = access == pa::Access::Execute;
  const uint32_t vpn = offset >> pa::kPageBits;
  const bool translated = fetch ? (s.psw & pa::psw::C) : (s.psw & pa::psw::D);
  if (!translated) {
    // Absolute addressing: offset = physical address.
    if (offset >= ram_bytes_) no_memory_there(space, offset);
    uint8_t* host = ram_ + (static_cast<uint64_t>(vpn) << pa::kPageBits);
    if (fetch) mem.map_exec(vpn, host, space);
    else mem.map_data(vpn, host, true, true, space);
    remember({vpn, space, host, fetch, true, true});
    return;
  }
  mmu::Tlb& tlb = fetch ? itlb_ : dtlb_;
  const mmu::TlbEntry* e = tlb.lookup(space, vpn);
  mmu::TlbEntry block_entry;
  if (!e) {
    // The block TLB maps large ranges (kernel text and data) without misses.
    const mmu::BlockTlbEntry* b = (fetch ? ibtlb_ : dbtlb_).lookup(space, vpn);
    if (!b) return;  // the core raises the ITLB/DTLB miss fault for the guest's handler
    block_entry.space = space;
    block_entry.vpn = vpn;
    block_entry.ppn = b->translate(vpn);
    block_entry.prot = b->prot;
    block_entry.valid = true;
    e = &block_entry;
  }
  const unsigned priv = s.iaoq_front & 3u;
  const mmu::ProtectionIds pids{{s.cr[pa::cr::Pid1], s.cr[pa::cr::Pid2], s.cr[pa::cr::Pid3], s.cr[pa::cr::Pid4]}};
  const bool pid_check = s.psw & pa::psw::P;
  const mmu::AccessKind kind = fetch ? mmu::AccessKind::Execute
                               : access == pa::Access::Write ? mmu::AccessKind::Write : mmu::AccessKind::Read;
  mmu::CheckOptions opts;
  opts.data_break_disabled = s.psw & pa::psw::X;  // PSW[X] suppresses data memory break traps
  if (const auto fault = mmu::check_access(*e, kind, priv, pids, pid_check, opts)) raise_fault(*fault, space, offset);
  const uint64_t paddr = static_cast<uint64_t>(e->ppn) << pa::kPageBits;
  if (paddr >= ram_bytes_) no_memory_there(space, offset);
  uint8_t* host = ram_ + paddr;
  if (fetch) {
    mem.map_exec(vpn, host, space);
    remember({vpn, space, host, true, false, false});
  } else {
    // Cache only what goes through without a trap: a store to a clean or
    // read-only page must come back here and trap.
    const bool can_read = !mmu::check_access(*e, mmu::AccessKind::Read, priv, pids, pid_check, opts);
    const bool can_write = !mmu::check_access(*e, mmu::AccessKind::Write, priv, pids, pid_check, opts);
    mem.map_data(vpn, host, can_read, can_write, space);
    remember({vpn, space, host, false, can_read, can_write});
  }
}

bool FullSystem::is_io(uint32_t space, uint32_t offset) const {
  const pa::CpuState& s = core_->state();
  if (!(s.psw & pa::psw::D)) return offset >= io_base_;  // absolute addressing
  // Translated: an I/O page mapped through the TLB or block TLB.  Device
  // registers take read/write rights at the accessing privilege.
  mmu::TlbEntry scratch;
  const mmu::TlbEntry* e = data_translation(space, offset, scratch);
  if (!e || e->physical_address(offset) < io_base_) return false;
  const unsigned priv = s.iaoq_front & 3u;
  if (!mmu::rights_allow_read(e->prot, priv)) raise_fault(mmu::Fault::AccessRights, space, offset);
  return true;
}

uint64_t FullSystem::io_read(uint32_t space, uint32_t offset, unsigned size) {
  return cpu_.bus_read(io_physical(space, offset), size);
}

void FullSystem::io_write(uint32_t space, uint32_t offset, unsigned size, uint64_t value) {
  cpu_.bus_write(io_physical(space, offset), size, value);
  if (auto st = halt_.status()) throw pa::HaltRequest{*st};
}

uint8_t* FullSystem::physical_page(uint32_t paddr) {
  return paddr < ram_bytes_ ? ram_ + paddr : nullptr;
}

}  // namespace sim
