#include "mmu/protection.h"

namespace mmu {

void rights_string(const Protection& p, char out[13]) {
  for (unsigned priv = 0; priv < 4; ++priv) {
    out[priv * 3 + 0] = rights_allow_read(p, priv) ? 'r' : '-';
    out[priv * 3 + 1] = rights_allow_write(p, priv) ? 'w' : '-';
    out[priv * 3 + 2] = rights_allow_execute(p, priv) ? 'x' : '-';
  }
  out[12] = '\0';
}

const char* access_kind_name(AccessKind kind) {
  switch (kind) {
    case AccessKind::Read: return "read";
    case AccessKind::Write: return "write";
    case AccessKind::Execute: return "execute";
  }
  return "?";
}

}  // namespace mmu
