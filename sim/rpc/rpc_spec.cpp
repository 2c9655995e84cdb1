#include "sim/rpc/rpc_spec.h"

#include <fmt/format.h>

#include "sim/user_error.h"

namespace sim::rpc {

RpcTest parse_test(const std::string& spec) {
  RpcTest t;
  t.spec = spec;
  if (spec == "null") return t;
  const size_t colon = spec.find(':');
  const std::string kind = spec.substr(0, colon), n = colon == std::string::npos ? "" : spec.substr(colon + 1);
  if (kind == "in") t.kind = TestKind::In;
  else if (kind == "out") t.kind = TestKind::Out;
  else if (kind == "inout") t.kind = TestKind::InOut;
  else throw UserError(fmt::format("--test {}: unknown test (known: null, in:N, out:N, inout:N)", spec));
  unsigned long v = 0;
  size_t used = 0;
  try {
    v = std::stoul(n, &used, 10);
  } catch (const std::exception&) {
    used = 0;
  }
  if (n.empty() || used != n.size() || n[0] == '-' || n[0] == '+' || v == 0 || v > kMaxTestBytes)
    throw UserError(fmt::format("--test {}: N must be a byte count from 1 to {}", spec, kMaxTestBytes));
  t.bytes = static_cast<uint32_t>(v);
  return t;
}

std::string row_key(const RpcTest& t) {
  if (t.kind == TestKind::Null) return "null";
  const char* kind = t.kind == TestKind::In ? "in" : t.kind == TestKind::Out ? "out" : "inout";
  if (t.bytes % 1024 == 0) return fmt::format("{}_{}k", kind, t.bytes / 1024);
  return fmt::format("{}_{}", kind, t.bytes);
}

void check_path(const std::string& path) {
  if (path == "message") return;
  if (path == "migrating" || path == "inks-message" || path == "inks-trap" || path == "inks-switch")
    throw UserError(fmt::format("--path {}: not yet implemented (implemented: message)", path));
  throw UserError(
      fmt::format("--path {}: unknown path (known: message, migrating, inks-message, inks-trap, inks-switch)", path));
}

void check_iterations(uint64_t iterations) {
  if (iterations == 0 || iterations > kMaxIterations)
    throw UserError(fmt::format("--iterations {}: must be 1..{}", iterations, kMaxIterations));
}

void check_variant(const std::string& variant) {
  if (variant != "markers" && variant != "nomarkers" && variant != "cr16")
    throw UserError(fmt::format("--variant {}: unknown variant (known: markers, nomarkers, cr16)", variant));
}

void check_buffer_offset(uint64_t offset) {
  if (offset > kMaxBufferOffset)
    throw UserError(fmt::format("--buffer-offset {}: must be 0..{} bytes", offset, kMaxBufferOffset));
}

}  // namespace sim::rpc
