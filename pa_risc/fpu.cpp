// Floating-point coprocessor operations of PA-RISC 1.1.
//
// Reference behaviour is the one a Linux program sees under the project's
// reference emulator (QEMU 7.2 hppa, softfloat configured for PA-RISC):
//
// * NaNs: PA-RISC 1.x marks a signalling NaN with the fraction MSB SET.  An
//   operation on NaNs returns, in this order of preference, operand a if
//   signalling, b if signalling, a if quiet, b (ARM-style rule); a signalling
//   NaN is quieted by clearing the fraction MSB and setting the next bit, and
//   raises invalid.  Invalid operations (0/0, inf-inf, sqrt(-1), ...) give
//   the default NaN 0x7fa00000 / 0x7ff4000000000000.
// * Float -> integer: NaN gives the largest integer (either sign), an
//   out-of-range value or infinity saturates toward its sign; both raise
//   invalid only (no inexact).
// * Conversions between float formats keep a quiet NaN's sign and the top
//   fraction bits (a payload held only in low bits narrows to infinity, as
//   softfloat does).
// * Every "helper" operation (arithmetic, sqrt, rnd, conversions, compare)
//   clears fr0's right half (exception register 0), as QEMU does.
//
// Speed: the arithmetic itself is host (SSE) arithmetic.  While the core runs
// (between fp_enter_guest and fp_leave_guest) the host FPU carries the
// guest's rounding mode, and the host's sticky exception flags accumulate
// the guest's flags; they are folded into the FPSR lazily, when the program
// reads fr0 (fp_read_status) or the run loop exits.  NaN operands are
// detected on the bit patterns before the host sees them (x86 and PA-RISC
// disagree on which NaNs are signalling), so the host never raises a flag
// the guest would not.  Only when an exception is enabled in the FPSR does
// an operation check its own flags, so that it can trap
// (Interruption::AssistException) before writing its result.
#include "pa_risc/fpu.h"

#include <bit>
#include <cfenv>
#include <cmath>
#include <limits>
#include <type_traits>

#if defined(__SSE2__)
#include <immintrin.h>
#endif

#include "pa_risc/fpu_status.h"
#include "pa_risc/interruptions.h"

namespace pa {

namespace {

using namespace fpsr;

// ---------------------------------------------------------------------------
// Host floating-point environment
// ---------------------------------------------------------------------------

struct HostState {
  bool in_guest = false;
  uint32_t installed = 0;  // RM and D bits currently installed on the host
  std::fenv_t saved{};
};
thread_local HostState g_host;

constexpr int kHostRounding[4] = {FE_TONEAREST, FE_TOWARDZERO, FE_UPWARD, FE_DOWNWARD};

inline uint32_t host_to_pa(int fe) {
  uint32_t r = 0;
  if (fe & FE_INVALID) r |= kExcV;
  if (fe & FE_DIVBYZERO) r |= kExcZ;
  if (fe & FE_OVERFLOW) r |= kExcO;
  if (fe & FE_UNDERFLOW) r |= kExcU;
  if (fe & FE_INEXACT) r |= kExcI;
  return r;
}

// Flags the host raised since they were last taken; clears them.
inline uint32_t take_host_flags() {
  const int fe = std::fetestexcept(FE_ALL_EXCEPT);
  if (fe == 0) return 0;
  std::feclearexcept(FE_ALL_EXCEPT);
  return host_to_pa(fe);
}

// Install the rounding mode and the flush-to-zero mode of `status` on the host.
void install_host_mode(uint32_t status, bool force = false) {
  const uint32_t want = status & (kRmMask | kD);
  if (want == g_host.installed && !force) return;
  if (force || ((want ^ g_host.installed) & kRmMask)) std::fesetround(kHostRounding[rounding_of(want)]);
#if defined(__SSE2__)
  if (force || ((want ^ g_host.installed) & kD)) {
    constexpr unsigned kFtzDaz = 0x8040;  // MXCSR flush-to-zero and denormals-are-zero
    const unsigned csr = _mm_getcsr();
    _mm_setcsr((want & kD) ? (csr | kFtzDaz) : (csr & ~kFtzDaz));
  }
#endif
  g_host.installed = want;
}

inline uint32_t status_of(const CpuState& s) { return static_cast<uint32_t>(s.fp.fr[0] >> 32); }
inline void or_status(CpuState& s, uint32_t bits) { s.fp.fr[0] |= static_cast<uint64_t>(bits) << 32; }
inline void fold_host_flags(CpuState& s) {
  if (const uint32_t f = take_host_flags()) or_status(s, f << kFlagShift);
}

// A program write of the status register (also an FP operation targeting fr0L).
void write_status(CpuState& s, uint32_t value) {
  s.fp.set_status(value);
  if (g_host.in_guest) {
    // The loaded word replaces the flags: drop what the host accumulated.
    std::feclearexcept(FE_ALL_EXCEPT);
    install_host_mode(value);
  }
}

// Keep a value in a register at this point: in the trapping path the host
// flags are read right after the operation, and the compiler must not sink
// the operation past that read (it does not model the FP status).
template <class T>
inline T materialize(T v) {
#if defined(__GNUC__) && defined(__SSE2__)
  if constexpr (std::is_floating_point_v<T>)
    asm volatile("" : "+x"(v)::"memory");
  else
    asm volatile("" : "+r"(v)::"memory");
#else
  volatile T tmp = v;
  v = tmp;
#endif
  return v;
}

// ---------------------------------------------------------------------------
// IEEE formats as PA-RISC 1.x (and QEMU's softfloat for hppa) see them
// ---------------------------------------------------------------------------

template <class T>
struct Fmt;
template <>
struct Fmt<float> {
  using U = uint32_t;
  static constexpr U kSign = 0x80000000u, kAbs = 0x7fffffffu, kInf = 0x7f800000u;
  static constexpr U kSnanBit = 0x00400000u, kDefaultNaN = 0x7fa00000u;
};
template <>
struct Fmt<double> {
  using U = uint64_t;
  static constexpr U kSign = 0x8000000000000000ull, kAbs = 0x7fffffffffffffffull,
                     kInf = 0x7ff0000000000000ull;
  static constexpr U kSnanBit = 0x0008000000000000ull, kDefaultNaN = 0x7ff4000000000000ull;
};

template <class T>
using Bits = typename Fmt<T>::U;

template <class T>
constexpr bool is_nan(Bits<T> u) {
  return (u & Fmt<T>::kAbs) > Fmt<T>::kInf;
}
template <class T>
constexpr bool is_snan(Bits<T> u) {
  return is_nan<T>(u) && (u & Fmt<T>::kSnanBit);
}
template <class T>
constexpr Bits<T> quieten(Bits<T> u) {
  return (u & ~Fmt<T>::kSnanBit) | (Fmt<T>::kSnanBit >> 1);
}

// Result of a one-operand operation on a NaN.
template <class T>
Bits<T> nan_result1(Bits<T> a, uint32_t& exc) {
  if (is_snan<T>(a)) {
    exc |= kExcV;
    return quieten<T>(a);
  }
  return a;
}

// Result of a two-operand operation where at least one operand is a NaN.
template <class T>
Bits<T> nan_result2(Bits<T> a, Bits<T> b, uint32_t& exc) {
  const bool sa = is_snan<T>(a), sb = is_snan<T>(b);
  if (sa || sb) exc |= kExcV;
  if (sa) return quieten<T>(a);
  if (sb) return quieten<T>(b);
  return is_nan<T>(a) ? a : b;
}

// Widen / narrow a NaN between the formats (sign and top fraction bits kept).
uint64_t nan_to_double(uint32_t a, uint32_t& exc) {
  a = nan_result1<float>(a, exc);
  return (static_cast<uint64_t>(a & 0x80000000u) << 32) | 0x7ff0000000000000ull |
         (static_cast<uint64_t>(a & 0x007fffffu) << 29);
}
uint32_t nan_to_single(uint64_t a, uint32_t& exc) {
  a = nan_result1<double>(a, exc);
  return static_cast<uint32_t>((a >> 32) & 0x80000000u) | 0x7f800000u |
         static_cast<uint32_t>((a >> 29) & 0x007fffffu);
}

enum class Arith { Add, Sub, Mpy, Div, Rem };

template <class T, Arith kOp>
Bits<T> arith(Bits<T> a, Bits<T> b, uint32_t& exc) {
  if (__builtin_expect(is_nan<T>(a) || is_nan<T>(b), 0)) return nan_result2<T>(a, b, exc);
  const T x = std::bit_cast<T>(a), y = std::bit_cast<T>(b);
  T r;
  if constexpr (kOp == Arith::Add) r = x + y;
  else if constexpr (kOp == Arith::Sub) r = x - y;
  else if constexpr (kOp == Arith::Mpy) r = x * y;
  else if constexpr (kOp == Arith::Div) r = x / y;
  else r = std::remainder(x, y);
  const Bits<T> u = std::bit_cast<Bits<T>>(r);
  // A NaN from non-NaN operands is an invalid operation: the host raised
  // invalid already, only the NaN's bit pattern differs.
  return __builtin_expect(is_nan<T>(u), 0) ? Fmt<T>::kDefaultNaN : u;
}

template <class T>
Bits<T> square_root(Bits<T> a, uint32_t& exc) {
  if (__builtin_expect(is_nan<T>(a), 0)) return nan_result1<T>(a, exc);
  const Bits<T> u = std::bit_cast<Bits<T>>(std::sqrt(std::bit_cast<T>(a)));
  return __builtin_expect(is_nan<T>(u), 0) ? Fmt<T>::kDefaultNaN : u;
}

// Round to an integral value in the current rounding mode.  Not std::rint:
// without -frounding-math GCC may expand rint inline for round-to-nearest.
// nearbyint is a library call that honours the mode and raises nothing.
template <class T>
T nearby_integral(T x) {
  return std::nearbyint(x);
}

// Truncation toward zero on the bit pattern (raises nothing; GCC's inline
// expansion of trunc may raise inexact).  x is not a NaN.
template <class T>
T truncate_integral(T x) {
  using U = Bits<T>;
  constexpr int kFrac = std::numeric_limits<T>::digits - 1;  // 23 / 52
  constexpr int kBias = std::numeric_limits<T>::max_exponent - 1;
  U u = std::bit_cast<U>(x);
  const int e = static_cast<int>((u & Fmt<T>::kAbs) >> kFrac) - kBias;
  if (e >= kFrac) return x;                                        // integral, inf
  if (e < 0) return std::bit_cast<T>(static_cast<U>(u & Fmt<T>::kSign));  // |x| < 1
  u &= ~((static_cast<U>(1) << (kFrac - e)) - 1);
  return std::bit_cast<T>(u);
}

template <class T>
Bits<T> round_to_integral(Bits<T> a, uint32_t& exc) {
  if (__builtin_expect(is_nan<T>(a), 0)) return nan_result1<T>(a, exc);
  const T x = std::bit_cast<T>(a), r = nearby_integral(x);
  if (r != x) exc |= kExcI;  // as softfloat's round_to_int
  return std::bit_cast<Bits<T>>(r);
}

// ---- float -> integer ----

template <class I, class T>
I host_convert(T x, bool truncate) {
#if defined(__SSE2__) && defined(__x86_64__)
  if (!truncate) {
    if constexpr (std::is_same_v<T, double>) {
      if constexpr (sizeof(I) == 4) return static_cast<I>(_mm_cvtsd_si32(_mm_set_sd(x)));
      else return static_cast<I>(_mm_cvtsd_si64(_mm_set_sd(x)));
    } else {
      if constexpr (sizeof(I) == 4) return static_cast<I>(_mm_cvtss_si32(_mm_set_ss(x)));
      else return static_cast<I>(_mm_cvtss_si64(_mm_set_ss(x)));
    }
  }
  return static_cast<I>(x);
#else
  return truncate ? static_cast<I>(x) : static_cast<I>(std::llrint(x));
#endif
}

// Conversion to a signed or unsigned integer of N bits, in the current
// rounding mode or by truncation.  Returns the integer zero-extended to 64 bits.
template <class T, class I>
uint64_t to_integer(Bits<T> a, bool truncate, uint32_t& exc) {
  using Lim = std::numeric_limits<I>;
  const T x = std::bit_cast<T>(a);
  // Fast path: signed target and |x| small enough that no rounding can leave the range.
  if constexpr (Lim::is_signed) {
    constexpr double lo = static_cast<double>(Lim::min());
    constexpr double hi = sizeof(I) == 4 ? static_cast<double>(Lim::max()) : 0x1p63;
    const double xd = static_cast<double>(x);  // exact; NaN fails both tests
    if (__builtin_expect(xd >= lo && (sizeof(I) == 4 ? xd <= hi : xd < hi), 1))
      return static_cast<uint64_t>(static_cast<std::make_unsigned_t<I>>(host_convert<I>(x, truncate)));
  }
  // Slow path: NaN, infinity, out of range, unsigned targets.
  if (is_nan<T>(a)) {
    exc |= kExcV;
    return static_cast<std::make_unsigned_t<I>>(Lim::max());
  }
  const bool negative = a & Fmt<T>::kSign;
  const auto overflow = [&]() -> uint64_t {
    exc |= kExcV;  // invalid only: no inexact, as softfloat
    return static_cast<std::make_unsigned_t<I>>(negative ? Lim::min() : Lim::max());
  };
  if (std::isinf(x)) return overflow();
  const T r = truncate ? truncate_integral(x) : nearby_integral(x);  // neither raises a flag
  const double rd = static_cast<double>(r);                   // exact
  // Bounds are powers of two or exactly representable, so the tests are exact.
  constexpr double kTop = sizeof(I) == 8 ? (Lim::is_signed ? 0x1p63 : 0x1p64)
                                         : (Lim::is_signed ? 0x1p31 : 0x1p32);
  if constexpr (Lim::is_signed) {
    if (rd < -kTop || rd >= kTop) return overflow();
  } else {
    if (r == 0) {  // includes negative values that round to -0
      if (x != 0) exc |= kExcI;
      return 0;
    }
    if (negative || rd >= kTop) return overflow();
  }
  if (r != x) exc |= kExcI;
  return static_cast<uint64_t>(static_cast<std::make_unsigned_t<I>>(static_cast<I>(r)));
}

// ---------------------------------------------------------------------------
// Register file access (fr0 as a source reads as zero, as in QEMU)
// ---------------------------------------------------------------------------

// The zero that fr0 reads as, hidden from the optimizer: GCC assumes
// round-to-nearest (no -frounding-math) and would fold fr0 - fr0 to +0,
// which is -0 when rounding toward -inf.
template <class U>
inline U opaque_zero() {
  U z = 0;
#if defined(__GNUC__)
  asm volatile("" : "+r"(z));
#endif
  return z;
}

inline uint32_t read_single(const CpuState& s, unsigned r, bool right) {
  if (r == 0 && !right) return opaque_zero<uint32_t>();
  return s.fp.single(r, right);
}
inline uint64_t read_double(const CpuState& s, unsigned r) { return r ? s.fp.fr[r] : opaque_zero<uint64_t>(); }
// QEMU's double-to-single operations (FCNVFF/FCNVFX/FCNVXF with a double
// source and a single target) read fr0 as the register itself.
inline uint64_t read_double_raw(CpuState& s, unsigned r) {
  if (__builtin_expect(r == 0, 0))
    return (static_cast<uint64_t>(fp_read_status(s)) << 32) | (s.fp.fr[0] & 0xffffffffull);
  return s.fp.fr[r];
}

inline void write_single(CpuState& s, unsigned r, bool right, uint32_t v) {
  if (__builtin_expect(r == 0 && !right, 0)) {
    write_status(s, v);
    return;
  }
  s.fp.set_single(r, right, v);
}
inline void write_double(CpuState& s, unsigned r, uint64_t v) {
  if (__builtin_expect(r == 0, 0)) {
    s.fp.fr[0] = (s.fp.fr[0] & 0xffffffff00000000ull) | (v & 0xffffffffull);
    write_status(s, static_cast<uint32_t>(v >> 32));
    return;
  }
  s.fp.fr[r] = v;
}

inline bool r1_right(const DecodedInsn& d) { return d.flags_ & fpf::kR1Right; }
inline bool r2_right(const DecodedInsn& d) { return d.flags_ & fpf::kR2Right; }
inline bool t_right(const DecodedInsn& d) { return d.flags_ & fpf::kTRight; }
inline bool src_dbl(const DecodedInsn& d) { return d.flags_ & fpf::kSrcDbl; }
inline bool dst_dbl(const DecodedInsn& d) { return d.flags_ & fpf::kDstDbl; }

// ---------------------------------------------------------------------------
// Completion of an operation: flags and (when enabled) the trap
// ---------------------------------------------------------------------------

// Called after an operation computed its result and before it writes it.
// `exc` holds the exceptions detected in software (NaN operands,
// saturation); the host flags hold the rest.  With kTrap, the host flags of
// this operation alone are pending (the caller took the older ones first).
template <bool kTrap>
inline void complete(CpuState& s, uint32_t exc) {
  // Exception register 0 (fr0's right half) is cleared, as QEMU does; it is
  // almost always zero already, so test before writing.
  if (__builtin_expect((s.fp.fr[0] & 0xffffffffull) != 0, 0)) s.fp.fr[0] &= 0xffffffff00000000ull;
  if constexpr (kTrap) {
    exc |= take_host_flags();
    if (exc) {
      or_status(s, exc << kFlagShift);  // QEMU records the flags, then traps
      if (const uint32_t trapped = exc & status_of(s) & kEnableMask) {
        s.fp.trapped_exceptions = trapped;
        raise_trap(Interruption::AssistException);
      }
    }
  } else if (__builtin_expect(exc != 0, 0)) {
    or_status(s, exc << kFlagShift);
  }
}

template <bool kTrap, class T>
inline T done(CpuState& s, T result, uint32_t exc) {
  if constexpr (kTrap) result = materialize(result);
  complete<kTrap>(s, exc);
  return result;
}

// ---------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------

template <bool kTrap>
[[gnu::noinline]] bool exec_class0(CpuState& s, const DecodedInsn& d) {
  uint32_t exc = 0;
  if (src_dbl(d)) {
    const uint64_t a = read_double(s, d.r1());
    uint64_t r;
    switch (d.op) {
      case Op::FCPY: r = d.sub_ == fpf::kSubNeg ? a ^ Fmt<double>::kSign : a; break;
      case Op::FABS: r = d.sub_ == fpf::kSubNegAbs ? a | Fmt<double>::kSign : a & Fmt<double>::kAbs; break;
      case Op::FSQRT: r = square_root<double>(a, exc); r = done<kTrap>(s, r, exc); break;
      default: r = round_to_integral<double>(a, exc); r = done<kTrap>(s, r, exc); break;
    }
    write_double(s, d.t(), r);
  } else {
    const uint32_t a = read_single(s, d.r1(), r1_right(d));
    uint32_t r;
    switch (d.op) {
      case Op::FCPY: r = d.sub_ == fpf::kSubNeg ? a ^ Fmt<float>::kSign : a; break;
      case Op::FABS: r = d.sub_ == fpf::kSubNegAbs ? a | Fmt<float>::kSign : a & Fmt<float>::kAbs; break;
      case Op::FSQRT: r = square_root<float>(a, exc); r = done<kTrap>(s, r, exc); break;
      default: r = round_to_integral<float>(a, exc); r = done<kTrap>(s, r, exc); break;
    }
    write_single(s, d.t(), t_right(d), r);
  }
  return false;
}

template <bool kTrap>
[[gnu::noinline]] bool exec_fcnvff(CpuState& s, const DecodedInsn& d) {
  uint32_t exc = 0;
  if (src_dbl(d)) {  // double -> single
    const uint64_t a = read_double_raw(s, d.r1());
    uint32_t r = __builtin_expect(is_nan<double>(a), 0)
                     ? nan_to_single(a, exc)
                     : std::bit_cast<uint32_t>(static_cast<float>(std::bit_cast<double>(a)));
    r = done<kTrap>(s, r, exc);
    write_single(s, d.t(), t_right(d), r);
  } else {  // single -> double
    const uint32_t a = read_single(s, d.r1(), r1_right(d));
    uint64_t r = __builtin_expect(is_nan<float>(a), 0)
                     ? nan_to_double(a, exc)
                     : std::bit_cast<uint64_t>(static_cast<double>(std::bit_cast<float>(a)));
    r = done<kTrap>(s, r, exc);
    write_double(s, d.t(), r);
  }
  return false;
}

// Fixed-point to floating-point: the source is a 32-bit word (single
// register) or a 64-bit doubleword (double register), signed or unsigned.
template <bool kTrap>
[[gnu::noinline]] bool exec_fcnvxf(CpuState& s, const DecodedInsn& d) {
  const bool uns = d.flags_ & fpf::kUnsigned;
  uint32_t exc = 0;
  if (dst_dbl(d)) {
    double r;
    if (src_dbl(d)) {
      const uint64_t a = read_double(s, d.r1());
      r = uns ? static_cast<double>(a) : static_cast<double>(static_cast<int64_t>(a));
    } else {
      const uint32_t a = read_single(s, d.r1(), r1_right(d));
      r = uns ? static_cast<double>(a) : static_cast<double>(static_cast<int32_t>(a));
    }
    write_double(s, d.t(), std::bit_cast<uint64_t>(done<kTrap>(s, r, exc)));
  } else {
    float r;
    if (src_dbl(d)) {
      const uint64_t a = read_double_raw(s, d.r1());
      r = uns ? static_cast<float>(a) : static_cast<float>(static_cast<int64_t>(a));
    } else {
      const uint32_t a = read_single(s, d.r1(), r1_right(d));
      r = uns ? static_cast<float>(a) : static_cast<float>(static_cast<int32_t>(a));
    }
    write_single(s, d.t(), t_right(d), std::bit_cast<uint32_t>(done<kTrap>(s, r, exc)));
  }
  return false;
}

// Floating-point to fixed-point (FCNVFX: current rounding mode; FCNVFXT: truncate).
template <bool kTrap>
[[gnu::noinline]] bool exec_fcnvfx(CpuState& s, const DecodedInsn& d) {
  const bool trunc = d.op == Op::FCNVFXT;
  const bool uns = d.flags_ & fpf::kUnsigned;
  uint32_t exc = 0;
  uint64_t r;
  if (src_dbl(d)) {
    const uint64_t a = dst_dbl(d) ? read_double(s, d.r1()) : read_double_raw(s, d.r1());
    if (dst_dbl(d))
      r = uns ? to_integer<double, uint64_t>(a, trunc, exc) : to_integer<double, int64_t>(a, trunc, exc);
    else
      r = uns ? to_integer<double, uint32_t>(a, trunc, exc) : to_integer<double, int32_t>(a, trunc, exc);
  } else {
    const uint32_t a = read_single(s, d.r1(), r1_right(d));
    if (dst_dbl(d))
      r = uns ? to_integer<float, uint64_t>(a, trunc, exc) : to_integer<float, int64_t>(a, trunc, exc);
    else
      r = uns ? to_integer<float, uint32_t>(a, trunc, exc) : to_integer<float, int32_t>(a, trunc, exc);
  }
  r = done<kTrap>(s, r, exc);
  if (dst_dbl(d))
    write_double(s, d.t(), r);
  else
    write_single(s, d.t(), t_right(d), static_cast<uint32_t>(r));
  return false;
}

enum Relation { kGreater = 4, kLess = 3, kEqual = 2, kUnordered = 1 };  // bit of the condition

template <class T>
Relation compare(Bits<T> a, Bits<T> b, bool signalling, uint32_t& exc) {
  if (__builtin_expect(is_nan<T>(a) || is_nan<T>(b), 0)) {
    if (signalling || is_snan<T>(a) || is_snan<T>(b)) exc |= kExcV;
    return kUnordered;
  }
  const T x = std::bit_cast<T>(a), y = std::bit_cast<T>(b);  // no NaN: these raise nothing
  return x < y ? kLess : x == y ? kEqual : kGreater;
}

// FCMP: condition c (5 bits: greater, less, equal, unordered, and bit 0 =
// raise invalid on any unordered operand).  Sets C, shifting the compare
// queue (y = 0), or a targeted compare bit (y != 0, PA 2.0).
template <bool kTrap>
[[gnu::noinline]] bool exec_fcmp(CpuState& s, const DecodedInsn& d) {
  uint32_t exc = 0;
  const bool signalling = d.cond() & 1u;
  Relation rel;
  if (src_dbl(d))
    rel = compare<double>(read_double(s, d.r1()), read_double(s, d.r2()), signalling, exc);
  else
    rel = compare<float>(read_single(s, d.r1(), r1_right(d)), read_single(s, d.r2(), r2_right(d)), signalling, exc);
  complete<kTrap>(s, exc);
  const uint32_t c = (d.cond() >> rel) & 1u;
  uint32_t st = status_of(s);
  if (d.sub_) {
    const unsigned bit = 21 - (d.sub_ - 1u);
    st = (st & ~(1u << bit)) | (c << bit);
  } else {
    const uint32_t queue = ((st >> 1) & (kCqMask & ~kCq0)) | ((st & kC) ? kCq0 : 0u);
    st = (st & ~(kCqMask | kC)) | queue | (c ? kC : 0u);
  }
  s.fp.set_status(st);
  return false;
}

// FTEST: true (nullify the next instruction) when the tested compare result
// holds.  The PA 1.1 form (y = 1, c = 0) tests C; the others are PA 2.0.
[[gnu::noinline]] bool exec_ftest(CpuState& s, const DecodedInsn& d) {
  const uint32_t st = status_of(s);
  if (d.sub_ != 1) {
    const unsigned cbit = (d.sub_ ^ 1u) - 1u;
    return (st >> (21 - cbit)) & 1u;
  }
  uint32_t mask;
  bool reject = false;
  switch (d.cond()) {
    case 0: return st & kC;
    case 2: reject = true; [[fallthrough]];
    case 1: mask = 0x43ff800u; break;
    case 6: reject = true; [[fallthrough]];
    case 5: mask = 0x43f8000u; break;
    case 9: mask = 0x43e0000u; break;
    case 13: mask = 0x4380000u; break;
    case 17: mask = 0x4200000u; break;
    default: raise_trap(Interruption::IllegalInstruction);
  }
  if (reject) return (fp_read_status(s) | mask) == mask;
  return (st & mask) == 0;
}

template <bool kTrap, Arith kOp>
[[gnu::noinline]] bool exec_class3(CpuState& s, const DecodedInsn& d) {
  uint32_t exc = 0;
  if (src_dbl(d)) {
    uint64_t r = arith<double, kOp>(read_double(s, d.r1()), read_double(s, d.r2()), exc);
    r = done<kTrap>(s, r, exc);
    write_double(s, d.t(), r);
  } else {
    uint32_t r = arith<float, kOp>(read_single(s, d.r1(), r1_right(d)), read_single(s, d.r2(), r2_right(d)), exc);
    r = done<kTrap>(s, r, exc);
    write_single(s, d.t(), t_right(d), r);
  }
  return false;
}

// FMPYADD / FMPYSUB: tm = rm1 * rm2, then ta = ta +/- ra, in that order (as
// QEMU does; the manual leaves overlapping registers undefined).
template <bool kTrap>
[[gnu::noinline]] bool exec_mpyadd(CpuState& s, const DecodedInsn& d) {
  const bool subtract = d.op == Op::FMPYSUB;
  const unsigned ta = fpf::mpyadd_ta(d), ra = fpf::mpyadd_ra(d);
  if (src_dbl(d)) {
    uint32_t exc = 0;
    uint64_t m = arith<double, Arith::Mpy>(read_double(s, d.r1()), read_double(s, d.r2()), exc);
    m = done<kTrap>(s, m, exc);
    write_double(s, d.t(), m);
    exc = 0;
    uint64_t r = subtract ? arith<double, Arith::Sub>(read_double(s, ta), read_double(s, ra), exc)
                          : arith<double, Arith::Add>(read_double(s, ta), read_double(s, ra), exc);
    r = done<kTrap>(s, r, exc);
    write_double(s, ta, r);
  } else {
    const bool ta_r = fpf::mpyadd_ta_right(d), ra_r = fpf::mpyadd_ra_right(d);
    uint32_t exc = 0;
    uint32_t m = arith<float, Arith::Mpy>(read_single(s, d.r1(), r1_right(d)), read_single(s, d.r2(), r2_right(d)), exc);
    m = done<kTrap>(s, m, exc);
    write_single(s, d.t(), t_right(d), m);
    exc = 0;
    const uint32_t x = read_single(s, ta, ta_r), y = read_single(s, ra, ra_r);
    uint32_t r = subtract ? arith<float, Arith::Sub>(x, y, exc) : arith<float, Arith::Add>(x, y, exc);
    r = done<kTrap>(s, r, exc);
    write_single(s, ta, ta_r, r);
  }
  return false;
}

[[gnu::noinline]] bool exec_xmpyu(CpuState& s, const DecodedInsn& d) {
  const uint64_t a = read_single(s, d.r1(), r1_right(d)), b = read_single(s, d.r2(), r2_right(d));
  write_double(s, d.t(), a * b);
  return false;
}

// One small function per operation family, so that the dispatcher below is
// a jump table of tail calls with no register saving of its own.
template <bool kTrap>
inline bool execute(CpuState& s, const DecodedInsn& d) {
  switch (d.op) {
    case Op::FADD: return exec_class3<kTrap, Arith::Add>(s, d);
    case Op::FSUB: return exec_class3<kTrap, Arith::Sub>(s, d);
    case Op::FMPY: return exec_class3<kTrap, Arith::Mpy>(s, d);
    case Op::FDIV: return exec_class3<kTrap, Arith::Div>(s, d);
    case Op::FREM: return exec_class3<kTrap, Arith::Rem>(s, d);
    case Op::FCPY: case Op::FABS: case Op::FSQRT: case Op::FRND: return exec_class0<kTrap>(s, d);
    case Op::FCNVFF: return exec_fcnvff<kTrap>(s, d);
    case Op::FCNVXF: return exec_fcnvxf<kTrap>(s, d);
    case Op::FCNVFX: case Op::FCNVFXT: return exec_fcnvfx<kTrap>(s, d);
    case Op::FCMP: return exec_fcmp<kTrap>(s, d);
    case Op::FTEST: return exec_ftest(s, d);
    case Op::XMPYU: return exec_xmpyu(s, d);
    case Op::FMPYADD: case Op::FMPYSUB: return exec_mpyadd<kTrap>(s, d);
    case Op::FID:
      // Identify coprocessor.  Hardware reports the FPU model/revision and
      // QEMU zeroes its copy of fr0L until the next FP operation; ordinary
      // programs never use it.  The FPSR is left unchanged.
      return false;
    default:
      raise_trap(Interruption::IllegalInstruction);
  }
}

// Some exception is enabled: isolate this operation's host flags so that it
// can tell whether it raised an enabled one.
[[gnu::noinline]] bool execute_trapping(CpuState& s, const DecodedInsn& d) {
  if (g_host.in_guest) fold_host_flags(s);
  return execute<true>(s, d);
}

}  // namespace

bool fp_execute(CpuState& s, const DecodedInsn& d) {
  if (__builtin_expect((status_of(s) & kEnableMask) != 0, 0)) return execute_trapping(s, d);
  return execute<false>(s, d);
}

uint32_t fp_read_status(CpuState& s) {
  if (g_host.in_guest) fold_host_flags(s);
  return status_of(s);
}

void fp_write_status(CpuState& s, uint32_t value) { write_status(s, value); }

void fp_enter_guest(CpuState& s) {
  if (g_host.in_guest) return;
  std::fegetenv(&g_host.saved);
  std::feclearexcept(FE_ALL_EXCEPT);
  install_host_mode(status_of(s), /*force=*/true);
  g_host.in_guest = true;
}

void fp_leave_guest(CpuState& s) {
  if (!g_host.in_guest) return;
  fold_host_flags(s);
  g_host.in_guest = false;
  std::fesetenv(&g_host.saved);
  g_host.installed = 0;
}

}  // namespace pa
