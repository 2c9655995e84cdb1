// Any byte stream from a debugger: the remote-protocol framing (RspChannel::
// read_packet: $...#cc, escapes, run-length, Ctrl-C, bad checksums,
// oversized frames) and the hex parsers the stub applies to each payload.
// The stream arrives through a socket pair, as from gdb.
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <string>

#include "sim/gdb/rsp_channel.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 60000) return 0;  // the socket buffer holds the whole stream
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) return 0;
  size_t done = 0;
  while (done < size) {
    const ssize_t n = write(sv[1], data + done, size - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  // The peer's end stays open for acks and replies until the channel has
  // read everything; shutting down its write side ends the stream.
  shutdown(sv[1], SHUT_WR);
  {
    sim::gdb::RspChannel channel(sv[0]);
    for (int i = 0; i < 10000; ++i) {
      const auto pkt = channel.read_packet();
      if (!pkt) break;
      (void)sim::gdb::parse_hex(*pkt);
      (void)sim::gdb::parse_hex(*pkt, 8);
      if (const auto bytes = sim::gdb::from_hex(*pkt)) (void)sim::gdb::to_hex(*bytes);
    }
  }
  close(sv[1]);
  return 0;
}
