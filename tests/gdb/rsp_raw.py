#!/usr/bin/env python3
"""The GDB stub spoken to directly, byte by byte: what gdb itself never sends.

usage: rsp_raw.py CASE PA730 SPIN_ELF
  protocol     malformed and unsupported packets get E01 / empty replies (never
               a crash), registers and memory round-trip, breakpoints and single
               steps work, Ctrl-C stops a running guest, and a connection
               closed while the guest runs ends pa730 with status 137.
  port_in_use  a second pa730 on a port already listened on exits with status 2
               and one clear line.
Every wait is bounded: the test finishes in seconds or fails.
"""
import re
import socket
import subprocess
import sys
import time

TIMEOUT = 10.0


def fail(msg):
    print(f"FAIL: {msg}")
    sys.exit(1)


def start(pa730, elf, port="0"):
    proc = subprocess.Popen([pa730, "boot", "--gdb", port, "--kernel", elf],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = ""
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        line = proc.stderr.readline()
        m = re.search(r"waiting for gdb on 127\.0\.0\.1:(\d+)", line)
        if m:
            return proc, int(m.group(1))
        if line == "" and proc.poll() is not None:
            break
    proc.kill()
    fail(f"pa730 did not announce a port (last line: {line!r})")


def checksum(data):
    return sum(data) & 0xff


class Rsp:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # as gdb does
        self.buf = b""

    def raw(self, data):
        self.sock.sendall(data)

    def byte(self):
        while not self.buf:
            chunk = self.sock.recv(4096)
            if not chunk:
                fail("connection closed by pa730")
            self.buf += chunk
        b, self.buf = self.buf[:1], self.buf[1:]
        return b

    def frame(self, payload):
        data = payload.encode("latin-1") if isinstance(payload, str) else payload
        return b"$" + data + b"#%02x" % checksum(data)

    def reply(self):
        """Next packet from the stub (acknowledged); skips acks."""
        while True:
            b = self.byte()
            if b == b"$":
                break
        data = b""
        while True:
            b = self.byte()
            if b == b"#":
                break
            data += b
        cs = self.byte() + self.byte()
        if int(cs, 16) != checksum(data):
            fail(f"bad checksum from the stub on {data!r}")
        self.raw(b"+")
        return data.decode("latin-1")

    def ack(self):
        b = self.byte()
        if b not in (b"+", b"-"):
            fail(f"expected an ack, got {b!r}")
        return b

    def ask(self, payload):
        self.raw(self.frame(payload))
        if self.ack() != b"+":
            fail(f"stub refused {payload!r}")
        return self.reply()

    def expect(self, payload, want, what=None):
        got = self.ask(payload)
        ok = re.fullmatch(want, got, re.S) if isinstance(want, str) else got == want
        if not ok:
            fail(f"{what or payload!r}: expected {want!r}, got {got!r}")
        print(f"ok  {what or payload!r:40} -> {got[:60]!r}")
        return got


def case_protocol(pa730, elf):
    proc, port = start(pa730, elf)
    try:
        r = Rsp(port)
        r.raw(b"+")  # what gdb sends first
        r.expect("qSupported:multiprocess+;swbreak+", r"PacketSize=[0-9a-f]+;qXfer:features:read\+")
        r.expect("?", "S05")
        r.expect("qAttached", "0")
        r.expect("vCont?", "")
        r.expect("vMustReplyEmpty", "")
        r.expect("Hg0", "OK")
        r.expect("qXfer:features:read:target.xml:0,fff", r"l<\?xml.*<architecture>hppa</architecture>.*", "target.xml")
        # A bad checksum is refused with '-' and nothing else happens.
        r.raw(b"$g#00")
        if r.ack() != b"-":
            fail("a bad checksum was accepted")
        print("ok  bad checksum                              -> '-'")
        # Noise between packets is ignored.
        r.raw(b"garbage+-+")
        # Registers: 128 of 4 bytes; the PC at the ELF entry, privilege 0.
        regs = r.expect("g", r"[0-9a-f]{1024}")
        if regs[33 * 8:34 * 8] != "00010000":
            fail(f"pcoqh is {regs[33 * 8:34 * 8]}, expected 00010000")
        r.expect("p21", "00010000", "p pcoqh")
        r.expect("P5=deadbeef", "OK")
        r.expect("p5", "deadbeef")
        r.expect("p80", "E01", "p beyond the register file")
        r.expect("pzz", "E01", "p not hex")
        r.expect("P5=12", "E01", "P short value")
        r.expect("P5", "E01", "P without value")
        r.expect("P200=00000000", "E01", "P beyond the register file")
        r.expect("G" + regs[:16], "OK", "G partial")
        r.expect("Gxyz", "E01", "G not hex")
        r.expect("G" + "0" * 2000, "E01", "G too long")
        # Memory through the current translation (translation off: physical).
        r.expect("m11000,4", "01020304", "m cell")
        r.expect("M11000,4:a0b0c0d0", "OK")
        r.expect("m11000,4", "a0b0c0d0")
        r.expect("m11000", "E01", "m without length")
        r.expect("mzz,4", "E01", "m not hex")
        r.expect("m123456789,4", "E01", "m beyond 32 bits")
        r.expect("mf0001000,4", "E01", "m device register (halt)")
        r.expect("m7ffffff0,4", "E01", "m beyond RAM")
        r.expect("M11000,4:zz", "E01", "M not hex")
        r.expect("M11000,4:a0", "E01", "M length mismatch")
        r.expect("Mf0001000,4:00000000", "E01", "M device register (halt)")
        r.expect("X11000,0:", "", "X (not offered)")
        # Breakpoints: software and hardware alike; watchpoints not offered.
        r.expect("Z0,zz,4", "E01", "Z0 not hex")
        r.expect("Z0,10004", "E01", "Z0 without kind")
        r.expect("Z2,11000,4", "", "Z2 watchpoint")
        r.expect("Z0,10004,4", "OK")
        r.raw(r.frame("c"))
        r.ack()
        if r.reply() != "S05":
            fail("no S05 at the breakpoint")
        r.expect("p21", "00010004", "pc at the breakpoint")
        r.raw(r.frame("s"))
        r.ack()
        if r.reply() != "S05":
            fail("no S05 after a step")
        r.expect("p21", "00010008", "pc after one step (delay slot)")
        r.expect("p3", "00000000", "r3 before the delay slot")
        r.expect("z0,10004,4", "OK")
        # Oversized and empty packets, unknown commands.
        r.expect("m" + "1" * 20000, "E01", "oversized packet")
        r.expect("", "", "empty packet")
        r.expect("!", "", "extended mode (not offered)")
        r.expect("qRcmd," + "stats".encode().hex(), r"O[0-9a-f]+", "monitor stats (output)")
        if r.reply() != "OK":
            fail("monitor did not end with OK")
        # Ctrl-C stops a running guest with SIGINT.
        r.raw(r.frame("c"))
        r.ack()
        time.sleep(0.3)
        r.raw(b"\x03")
        if r.reply() != "S02":
            fail("Ctrl-C did not stop the guest with S02")
        print("ok  Ctrl-C                                    -> 'S02'")
        turns = int(r.ask("p3"), 16)
        if turns < 100:
            fail(f"the guest barely ran before Ctrl-C ({turns} turns)")
        # Resume, then drop the connection: pa730 ends the run (137).
        r.raw(r.frame("c"))
        r.ack()
        time.sleep(0.1)
        r.sock.close()
        try:
            status = proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            fail("pa730 kept running after the connection closed")
        err = proc.stderr.read()
        if status != 137 or "debugger ended the run" not in err:
            fail(f"after disconnect: status {status}, stderr {err!r}")
        print(f"ok  disconnect while running                  -> status {status}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def case_port_in_use(pa730, elf):
    first, port = start(pa730, elf)
    try:
        second = subprocess.run([pa730, "boot", "--gdb", str(port), "--kernel", elf],
                                capture_output=True, text=True, timeout=TIMEOUT)
        lines = second.stderr.strip().splitlines()
        if second.returncode != 2 or len(lines) != 1 or "Address already in use" not in lines[0]:
            fail(f"second pa730 on port {port}: status {second.returncode}, stderr {second.stderr!r}")
        print(f"ok  port {port} in use -> status 2: {lines[0]}")
        # The first one still serves, and ends on 'k'.
        r = Rsp(port)
        r.expect("?", "S05")
        r.raw(r.frame("k"))
        r.ack()
        if first.wait(timeout=TIMEOUT) != 137:
            fail("kill did not end pa730 with status 137")
        print("ok  k -> status 137")
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(2)
    case, pa730, elf = sys.argv[1:]
    {"protocol": case_protocol, "port_in_use": case_port_in_use}[case](pa730, elf)
    print("PASS")


if __name__ == "__main__":
    main()
