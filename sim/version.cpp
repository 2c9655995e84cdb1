#include "sim/version.h"

namespace sim {
const char* version_string() { return "pa730 " PA730_VERSION; }
}  // namespace sim
