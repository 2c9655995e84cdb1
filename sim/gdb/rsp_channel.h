// The transport of the GDB remote serial protocol: a TCP listener on the
// loopback interface and one connection carrying $packet#checksum frames,
// acknowledged with '+' / '-' (no-ack mode is not offered).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sim::gdb {

// Listens on 127.0.0.1:port (0: the kernel picks a free port).
class RspListener {
 public:
  // Throws UserError when the port cannot be bound (in use, privileged, ...).
  explicit RspListener(uint16_t port);
  ~RspListener();
  RspListener(const RspListener&) = delete;
  RspListener& operator=(const RspListener&) = delete;

  uint16_t port() const { return port_; }
  // Blocks until a debugger connects; returns the connected socket, or -1.
  int accept_one();

 private:
  int fd_ = -1;
  uint16_t port_ = 0;
};

// One connection.  Every call is synchronous; the simulation waits.
class RspChannel {
 public:
  explicit RspChannel(int fd) : fd_(fd) {}
  ~RspChannel();
  RspChannel(const RspChannel&) = delete;
  RspChannel& operator=(const RspChannel&) = delete;

  // The next packet's payload (checksum verified and acknowledged), or
  // "\x03" for an out-of-band interrupt, or nothing once the peer has gone.
  // Frames with a bad checksum are refused with '-' (the peer resends);
  // oversized ones are answered by the caller (`oversized()` is set).
  std::optional<std::string> read_packet();
  bool oversized() const { return oversized_; }
  // Send one packet and wait for its acknowledgement (resending on '-').
  // False once the peer has gone.
  bool send_packet(std::string_view payload);
  // Non-blocking: has the peer sent an interrupt (Ctrl-C, 0x03)?  Other
  // bytes that arrive while the target runs are dropped.
  bool poll_interrupt();
  bool open() const { return fd_ >= 0; }
  void close();

  static constexpr size_t kMaxPacket = 0x4000;  // what qSupported announces as PacketSize

 private:
  // Next byte, waiting at most timeout_ms (-1: forever); -1 on EOF/error, -2 on timeout.
  int next_byte(int timeout_ms = -1);
  bool write_all(std::string_view bytes);

  int fd_;
  std::string in_;   // received, not yet consumed
  size_t pos_ = 0;
  bool oversized_ = false;
};

// Hex helpers shared by the stub.
std::string to_hex(const uint8_t* bytes, size_t n);
std::string to_hex(std::string_view text);
std::optional<uint64_t> parse_hex(std::string_view s, unsigned max_digits = 16);
std::optional<std::string> from_hex(std::string_view s);

}  // namespace sim::gdb
