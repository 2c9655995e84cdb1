// What one RPC experiment is: the IPC path, the test (the message's
// arguments), how many calls are measured and where the buffer sits.
#pragma once
#include <cstdint>
#include <string>

namespace sim::rpc {

enum class TestKind : uint8_t { Null, In, Out, InOut };

struct RpcTest {
  TestKind kind = TestKind::Null;
  uint32_t bytes = 0;  // N of in:N, out:N, inout:N
  std::string spec;    // as given: "null", "in:1024", ...
};

constexpr uint32_t kMaxTestBytes = 65536;
constexpr uint64_t kDefaultIterations = 1000;
constexpr uint64_t kMaxIterations = 1000000;
constexpr uint64_t kMaxBufferOffset = 1u << 20;

// "null", "in:N", "out:N" or "inout:N" with 0 < N <= kMaxTestBytes;
// UserError otherwise.
RpcTest parse_test(const std::string& spec);
// The row key of the papers' cycle tables: null, in_32, in_1k, in_32k, out_1k, inout_128.
std::string row_key(const RpcTest& t);

struct ExperimentSpec {
  std::string path = "message";
  RpcTest test;
  uint64_t iterations = kDefaultIterations;
  uint64_t buffer_offset = 0;
  // "markers" (the built kernel, rpc_server, rpc_client) or "nomarkers"
  // (kernel_nomarkers, rpc_server_nomarkers, rpc_client_nomarkers: stage
  // markers compiled out, the control markers of the measured region and
  // the calls kept; no stage tables, no path counts).
  std::string variant = "markers";
};

// The paths of DESIGN.md; only "message" is implemented so far.  UserError
// for an unknown path or one not yet implemented.
void check_path(const std::string& path);
// UserError when out of range (1..kMaxIterations, 0..kMaxBufferOffset).
void check_iterations(uint64_t iterations);
void check_buffer_offset(uint64_t offset);
// UserError unless "markers" or "nomarkers".
void check_variant(const std::string& variant);

}  // namespace sim::rpc
