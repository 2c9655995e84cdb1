// Any byte stream from a debugger: the remote-protocol framing (RspChannel::
// read_packet: $...#cc, escapes, run-length, Ctrl-C, bad checksums,
// oversized frames) and the hex parsers the stub applies to each payload.
// The stream arrives through a socket pair, as from gdb, and, as gdb does,
// the peer reads what the channel sends back (acks, naks): a stream of many
// short frames otherwise fills the socket's send buffer with one-byte acks
// (each a buffer of its own in the kernel's accounting) and send() blocks
// for ever, which libFuzzer reports as a timeout of the harness.
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <string>
#include <thread>

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
  std::thread drain([fd = sv[1]] {
    char sink[4096];
    while (read(fd, sink, sizeof sink) > 0) {
    }
  });
  {
    sim::gdb::RspChannel channel(sv[0]);
    for (int i = 0; i < 10000; ++i) {
      const auto pkt = channel.read_packet();
      if (!pkt) break;
      (void)sim::gdb::parse_hex(*pkt);
      (void)sim::gdb::parse_hex(*pkt, 8);
      if (const auto bytes = sim::gdb::from_hex(*pkt)) (void)sim::gdb::to_hex(*bytes);
    }
  }  // the channel closes its end: the drain reads end of file
  drain.join();
  close(sv[1]);
  return 0;
}
