#include "sim/gdb/rsp_channel.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "sim/user_error.h"

namespace sim::gdb {

// ---------------------------------------------------------------- listener

RspListener::RspListener(uint16_t port) {
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd_ < 0) throw UserError(fmt::format("--gdb {}: cannot create a socket: {}", port, std::strerror(errno)));
  const int one = 1;
  // A port left in TIME_WAIT by an earlier session may be reused; one with a
  // live listener may not (Linux refuses that even with SO_REUSEADDR).
  ::setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(port);
  if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd_, 1) != 0) {
    const int err = errno;
    ::close(fd_);
    fd_ = -1;
    throw UserError(fmt::format("--gdb {}: cannot listen on 127.0.0.1:{}: {}", port, port, std::strerror(err)));
  }
  socklen_t len = sizeof addr;
  ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
  port_ = ntohs(addr.sin_port);
}

RspListener::~RspListener() {
  if (fd_ >= 0) ::close(fd_);
}

int RspListener::accept_one() {
  for (;;) {
    const int c = ::accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (c >= 0) {
      const int one = 1;
      ::setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);  // small packets, one at a time
      return c;
    }
    if (errno != EINTR && errno != ECONNABORTED) return -1;
  }
}

// ---------------------------------------------------------------- channel

RspChannel::~RspChannel() { close(); }

void RspChannel::close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

int RspChannel::next_byte(int timeout_ms) {
  if (pos_ < in_.size()) return static_cast<unsigned char>(in_[pos_++]);
  if (fd_ < 0) return -1;
  in_.clear();
  pos_ = 0;
  for (;;) {
    pollfd p{fd_, POLLIN, 0};
    const int r = ::poll(&p, 1, timeout_ms);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) return -1;
    if (r == 0) return -2;
    char buf[4096];
    const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      close();
      return -1;
    }
    in_.assign(buf, static_cast<size_t>(n));
    return static_cast<unsigned char>(in_[pos_++]);
  }
}

bool RspChannel::write_all(std::string_view bytes) {
  while (!bytes.empty() && fd_ >= 0) {
    const ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      close();
      return false;
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return fd_ >= 0;
}

std::optional<std::string> RspChannel::read_packet() {
  oversized_ = false;
  for (;;) {
    int c = next_byte();
    if (c < 0) return std::nullopt;
    if (c == 0x03) return std::string(1, '\x03');
    if (c != '$') continue;  // acks and noise between packets
    std::string payload;
    bool too_long = false;
    unsigned sum = 0;
    for (;;) {
      c = next_byte();
      if (c < 0) return std::nullopt;
      if (c == '#') break;
      if (c == '$') {  // a new frame started: the old one was garbage
        payload.clear();
        sum = 0;
        too_long = false;
        continue;
      }
      sum += static_cast<unsigned>(c);
      if (payload.size() < kMaxPacket) payload.push_back(static_cast<char>(c));
      else too_long = true;
    }
    const int h = next_byte(), l = next_byte();
    if (h < 0 || l < 0) return std::nullopt;
    const char cs[2] = {static_cast<char>(h), static_cast<char>(l)};
    const auto want = parse_hex(std::string_view(cs, 2), 2);
    if (!want || *want != (sum & 0xff)) {
      if (!write_all("-")) return std::nullopt;
      continue;
    }
    if (!write_all("+")) return std::nullopt;
    // Binary payloads (X, vFile) escape '}' '#' '$' '*' as '}' c^0x20.
    std::string out;
    out.reserve(payload.size());
    for (size_t i = 0; i < payload.size(); ++i) {
      if (payload[i] == '}' && i + 1 < payload.size()) out.push_back(static_cast<char>(payload[++i] ^ 0x20));
      else out.push_back(payload[i]);
    }
    oversized_ = too_long;
    return out;
  }
}

bool RspChannel::send_packet(std::string_view payload) {
  std::string frame = "$";
  unsigned sum = 0;
  for (char ch : payload) {
    if (ch == '$' || ch == '#' || ch == '}' || ch == '*') {
      frame.push_back('}');
      ch = static_cast<char>(ch ^ 0x20);
      sum += '}';
    }
    frame.push_back(ch);
    sum += static_cast<unsigned char>(ch);
  }
  frame += fmt::format("#{:02x}", sum & 0xff);
  for (int attempt = 0; attempt < 8; ++attempt) {
    if (!write_all(frame)) return false;
    for (;;) {
      const int c = next_byte(10000);
      if (c == -1) return false;
      if (c == -2 || c == '+') return true;  // a silent peer: assume received
      if (c == '-') break;                  // resend
      if (c == '$') {                       // a packet without an ack: keep it for read_packet
        --pos_;
        return true;
      }
    }
  }
  return true;
}

bool RspChannel::poll_interrupt() {
  for (;;) {
    const int c = next_byte(0);
    if (c < 0) return false;  // nothing (or the peer has gone: noticed at the next stop)
    if (c == 0x03) return true;
  }
}

// ---------------------------------------------------------------- hex

std::string to_hex(const uint8_t* bytes, size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string s;
  s.reserve(2 * n);
  for (size_t i = 0; i < n; ++i) {
    s.push_back(digits[bytes[i] >> 4]);
    s.push_back(digits[bytes[i] & 15]);
  }
  return s;
}

std::string to_hex(std::string_view text) {
  return to_hex(reinterpret_cast<const uint8_t*>(text.data()), text.size());
}

namespace {
int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

std::optional<uint64_t> parse_hex(std::string_view s, unsigned max_digits) {
  if (s.empty() || s.size() > max_digits) return std::nullopt;
  uint64_t v = 0;
  for (char c : s) {
    const int d = hex_digit(c);
    if (d < 0) return std::nullopt;
    v = (v << 4) | static_cast<uint64_t>(d);
  }
  return v;
}

std::optional<std::string> from_hex(std::string_view s) {
  if (s.size() % 2) return std::nullopt;
  std::string out;
  out.reserve(s.size() / 2);
  for (size_t i = 0; i < s.size(); i += 2) {
    const int h = hex_digit(s[i]), l = hex_digit(s[i + 1]);
    if (h < 0 || l < 0) return std::nullopt;
    out.push_back(static_cast<char>(h << 4 | l));
  }
  return out;
}

}  // namespace sim::gdb
