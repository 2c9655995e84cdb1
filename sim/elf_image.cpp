#include "sim/elf_image.h"

#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <unistd.h>

#include <algorithm>
#include <fmt/format.h>

#include "sim/user_error.h"

namespace sim {

namespace {
struct ElfHandle {
  int fd = -1;
  Elf* elf = nullptr;
  ~ElfHandle() {
    if (elf) elf_end(elf);
    if (fd >= 0) close(fd);
  }
};

std::vector<ElfSymbol> read_functions(Elf* elf) {
  std::vector<ElfSymbol> out;
  for (Elf_Scn* scn = elf_nextscn(elf, nullptr); scn; scn = elf_nextscn(elf, scn)) {
    GElf_Shdr sh;
    if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB || sh.sh_entsize == 0) continue;
    Elf_Data* data = elf_getdata(scn, nullptr);
    if (!data) continue;
    const size_t count = std::min<size_t>(sh.sh_size / sh.sh_entsize, data->d_size / sizeof(Elf32_Sym));
    for (size_t i = 0; i < count; ++i) {
      GElf_Sym sym;
      if (!gelf_getsym(data, static_cast<int>(i), &sym)) break;
      if (GELF_ST_TYPE(sym.st_info) != STT_FUNC || sym.st_value == 0 || sym.st_size == 0) continue;
      const char* name = elf_strptr(elf, sh.sh_link, sym.st_name);
      if (!name || !*name) continue;
      out.push_back({static_cast<uint32_t>(sym.st_value), static_cast<uint32_t>(sym.st_size), name});
    }
  }
  std::sort(out.begin(), out.end(), [](const ElfSymbol& a, const ElfSymbol& b) { return a.addr < b.addr; });
  return out;
}

}  // namespace

uint32_t ElfImage::end_of_data() const {
  uint32_t end = 0;
  for (const auto& s : segments) end = std::max(end, s.vaddr + s.memsz);
  return end;
}

ElfImage load_elf(const std::string& path) {
  if (elf_version(EV_CURRENT) == EV_NONE) throw UserError("libelf initialisation failed");
  ElfHandle h;
  h.fd = open(path.c_str(), O_RDONLY);
  if (h.fd < 0) throw UserError(fmt::format("{}: cannot open: {}", path, strerror(errno)));
  h.elf = elf_begin(h.fd, ELF_C_READ, nullptr);
  if (!h.elf || elf_kind(h.elf) != ELF_K_ELF) throw UserError(fmt::format("{}: not an ELF file", path));
  GElf_Ehdr eh;
  if (!gelf_getehdr(h.elf, &eh)) throw UserError(fmt::format("{}: unreadable ELF header", path));
  if (eh.e_ident[EI_CLASS] != ELFCLASS32 || eh.e_ident[EI_DATA] != ELFDATA2MSB || eh.e_machine != EM_PARISC)
    throw UserError(fmt::format("{}: not a 32-bit big-endian PA-RISC ELF (machine {})", path, eh.e_machine));
  if (eh.e_type != ET_EXEC)
    throw UserError(fmt::format("{}: not an executable (ELF type {}); only static executables are supported", path, eh.e_type));

  size_t phnum = 0;
  if (elf_getphdrnum(h.elf, &phnum) != 0) throw UserError(fmt::format("{}: unreadable program headers", path));
  ElfImage img;
  img.path = path;
  img.entry = static_cast<uint32_t>(eh.e_entry);
  img.phnum = static_cast<uint32_t>(phnum);
  img.phentsize = eh.e_phentsize;

  size_t file_size = 0;
  const char* file = elf_rawfile(h.elf, &file_size);
  if (!file) throw UserError(fmt::format("{}: cannot read file contents", path));

  for (size_t i = 0; i < phnum; ++i) {
    GElf_Phdr ph;
    if (!gelf_getphdr(h.elf, static_cast<int>(i), &ph)) throw UserError(fmt::format("{}: bad program header {}", path, i));
    if (ph.p_type == PT_INTERP || ph.p_type == PT_DYNAMIC)
      throw UserError(fmt::format("{}: dynamically linked; only static executables are supported", path));
    if (ph.p_type == PT_PHDR) img.phdr_vaddr = static_cast<uint32_t>(ph.p_vaddr);
    if (ph.p_type == PT_GNU_STACK) img.executable_stack = (ph.p_flags & PF_X) != 0;
    if (ph.p_type != PT_LOAD || ph.p_memsz == 0) continue;
    if (ph.p_filesz > ph.p_memsz || ph.p_offset + ph.p_filesz > file_size ||
        ph.p_vaddr + ph.p_memsz > 0x100000000ull || ph.p_vaddr < 0x1000)
      throw UserError(fmt::format("{}: malformed loadable segment {}", path, i));
    ElfSegment seg;
    seg.vaddr = static_cast<uint32_t>(ph.p_vaddr);
    seg.memsz = static_cast<uint32_t>(ph.p_memsz);
    seg.flags = ph.p_flags;
    seg.bytes.assign(file + ph.p_offset, file + ph.p_offset + ph.p_filesz);
    // The program headers live in the first segment's file image (AT_PHDR).
    if (img.phdr_vaddr == 0 && ph.p_offset == 0 && eh.e_phoff < ph.p_filesz)
      img.phdr_vaddr = static_cast<uint32_t>(ph.p_vaddr + eh.e_phoff);
    img.segments.push_back(std::move(seg));
  }
  if (img.segments.empty()) throw UserError(fmt::format("{}: no loadable segments", path));
  img.functions = read_functions(h.elf);
  return img;
}

std::string ElfImage::function_at(uint32_t addr) const {
  auto it = std::upper_bound(functions.begin(), functions.end(), addr,
                             [](uint32_t a, const ElfSymbol& f) { return a < f.addr; });
  if (it == functions.begin()) return {};
  const ElfSymbol& f = *--it;
  if (addr - f.addr >= f.size) return {};
  return addr == f.addr ? f.name : fmt::format("{}+0x{:x}", f.name, addr - f.addr);
}

}  // namespace sim
