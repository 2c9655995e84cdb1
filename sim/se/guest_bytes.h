// Big-endian fields of the structures a Linux/hppa guest reads (stat64,
// statfs64, sysinfo, rusage, ...), laid out in a host buffer before one copy
// into guest memory.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace sim::se {

inline void put_be32(std::vector<uint8_t>& b, size_t off, uint32_t v) {
  for (size_t i = 0; i < 4; ++i) b[off + i] = static_cast<uint8_t>(v >> (24 - 8 * i));
}
inline void put_be64(std::vector<uint8_t>& b, size_t off, uint64_t v) {
  put_be32(b, off, static_cast<uint32_t>(v >> 32));
  put_be32(b, off + 4, static_cast<uint32_t>(v));
}

}  // namespace sim::se
