/* The RPC benchmark client.

     rpc_client SPEC K B
       SPEC  null | in:N | out:N | inout:N   (N bytes; fixed-size routines for
             in:32/64/1024/32768, out:1024 and inout:128, variable-size
             arrays for any other N up to 65536)
       K     measured calls (after 10 warm-up calls)
       B     byte offset of the argument buffers from a page-aligned static
             area (cache-conflict experiments); the stubs' own frame (the
             message) moves by B too, rounded up to the 64-byte stack
             alignment.

   Each measured call is bracketed by the stage markers of pa730/stages.h
   and by CR16 reads (the papers' way); the result is one line
     @rpc spec=... calls=K offset=B mean_cycles=M.MM min_cycles=... max_cycles=... total_cycles=...
   Every call must return KERN_SUCCESS.  The warm-up calls run with the
   server checking (Out/InOut data must come back as its pattern); the
   measured calls with its work functions null (InOut data must then come
   back unchanged); exit status 0, or 1 with a message. */
#include <mach.h>

#include "rpcbench.h"

enum kind { K_NULL, K_IN32, K_IN64, K_IN1024, K_IN32768, K_OUT1024, K_INOUT128, K_VAR_IN, K_VAR_OUT, K_VAR_INOUT };

#define AREA_BYTES (2 * 65536 + 2 * 65536)
static char area[AREA_BYTES] __attribute__((aligned(4096)));
static char* arg;     /* area + B: the argument buffer */
static char* result;  /* arg + 64 KB: the second buffer of var InOut */
static unsigned nbytes;
static mach_port_t server;

static void fail(const char* what, int code) {
  printf("rpc_client: FAILED: %s (%d = 0x%x)\n", what, code, (unsigned)code);
  exit(1);
}

static void prepare(enum kind k) {
  if (k == K_INOUT128) {
    int w[32];  /* arg may be unaligned (B) */
    for (int i = 0; i < 32; i++) w[i] = i + 7;
    memcpy(arg, w, sizeof w);
  } else if (k == K_OUT1024 || k == K_VAR_OUT) {
    memset(arg, 0, nbytes);
  } else if (k == K_VAR_INOUT) {
    memset(result, 0, nbytes);
  }
}

static boolean_t checking = TRUE;  /* as the server's: its work functions make data */

static void check_data(enum kind k, mach_msg_type_number_t cnt) {
  if (!checking) {
    /* Null work functions: InOut data must come back as it went; Out data
       is whatever the server's buffer held (checked in the warm-up). */
    if (k == K_INOUT128) {
      int w[32];
      memcpy(w, arg, sizeof w);
      for (int i = 0; i < 32; i++)
        if (w[i] != i + 7) fail("inout data (unchanged)", w[i]);
    }
    return;
  }
  if (k == K_INOUT128) {
    int w[32];
    memcpy(w, arg, sizeof w);
    for (int i = 0; i < 32; i++)
      if (w[i] != RPC_INOUT_WORD(i + 7)) fail("inout data", w[i]);
  } else if (k == K_OUT1024 || k == K_VAR_OUT) {
    if (cnt != nbytes) fail("out count", (int)cnt);
    for (unsigned i = 0; i < nbytes; i++)
      if (arg[i] != RPC_OUT_BYTE(i)) fail("out data", (int)i);
  } else if (k == K_VAR_INOUT) {
    if (cnt != nbytes) fail("inout count", (int)cnt);
    for (unsigned i = 0; i < nbytes; i++)
      if (result[i] != (char)(arg[i] ^ 0x5a)) fail("inout data", (int)i);
  }
}

/* One call, bracketed as the stage accounting expects: the client's call
   site is INKS stage 1 and MT user code; after the stub, outside. */
#define MEASURED(call)                  \
  do {                                  \
    USER_CONTROL_MARK(MARK_CALL_BEGIN); \
    USER_MARK(STAGE_INKS(1));           \
    USER_MARK(STAGE_MT_USER);           \
    kr = (call);                        \
    USER_MARK(STAGE_INKS_OUTSIDE);      \
    USER_MARK(STAGE_MT_OUTSIDE);        \
    USER_CONTROL_MARK(MARK_CALL_END);   \
  } while (0)

static unsigned long long total;

/* Decimal text of a 64-bit count (printf has no %llu). */
static void snprintf_u64(char* out, unsigned size, unsigned long long v) {
  char digits[24];
  unsigned n = 0;
  do {
    digits[n++] = (char)('0' + (unsigned)(v % 10));
    v /= 10;
  } while (v && n < sizeof digits);
  unsigned i = 0;
  while (n && i + 1 < size) out[i++] = digits[--n];
  out[i] = 0;
}
static unsigned min_cycles = ~0u, max_cycles;

/* The papers' method (pa730/stages.h, PA730_CR16_STAMPS): after each
   measured call the stamp page holds the CR16 value of every stage
   boundary the call crossed -- client, kernel and server alike; add up each
   stage's cycles and print the means. */
#if defined(PA730_CR16_STAMPS)
static unsigned long long stage_sums[PA730_STAMP_SLOTS];
static unsigned stamped_calls;

static void stamps_reset(void) {
  for (unsigned i = 0; i < PA730_STAMP_SLOTS; i++) stage_sums[i] = 0;
  stamped_calls = 0;
}

static void stamps_add_call(void) {
  const volatile unsigned* stamp = (const volatile unsigned*)PA730_STAMP_PAGE;
  for (unsigned k = 1; k <= 21; k++) stage_sums[k] += stamp[k + 1] - stamp[k];
  ++stamped_calls;
}

static void print_mean(char* line, unsigned size, unsigned* n, const char* key, unsigned long long sum) {
  const unsigned long long hundredths = sum * 100 / stamped_calls;
  if (*n < size)
    *n += (unsigned)snprintf(line + *n, size - *n, " %s=%u.%02u", key, (unsigned)(hundredths / 100),
                             (unsigned)(hundredths % 100));
}

static void stamps_report(void) {
  if (!stamped_calls) return;
  /* Two lines: printf writes at most 255 characters at a time. */
  for (unsigned half = 0; half < 2; half++) {
    char line[256];
    unsigned n = (unsigned)snprintf(line, sizeof line, "@rpc");
    unsigned long long total = 0;
    for (unsigned k = 1; k <= 21; k++) {
      total += stage_sums[k];
      if ((k <= 11) != (half == 0)) continue;
      char key[12];
      snprintf(key, sizeof key, "cr16_%02u", k);
      print_mean(line, sizeof line, &n, key, stage_sums[k]);
    }
    if (half == 1) print_mean(line, sizeof line, &n, "cr16_total", total);
    printf("%s\n", line);
  }
}
#else
static void stamps_reset(void) {}
static void stamps_add_call(void) {}
static void stamps_report(void) {}
#endif

static __attribute__((noinline)) void one_call(enum kind k, int measure) {
  kern_return_t kr = KERN_FAILURE;
  mach_msg_type_number_t cnt = 65536;
  prepare(k);
  const unsigned t0 = read_cr16();
  switch (k) {
    case K_NULL: MEASURED(rpc_null(server)); break;
    case K_IN32: MEASURED(rpc_in32(server, arg)); break;
    case K_IN64: MEASURED(rpc_in64(server, arg)); break;
    case K_IN1024: MEASURED(rpc_in1024(server, arg)); break;
    case K_IN32768: MEASURED(rpc_in32768(server, arg)); break;
    case K_OUT1024: MEASURED(rpc_out1024(server, arg)); break;
    case K_INOUT128: MEASURED(rpc_inout128(server, (int*)arg)); break;
    case K_VAR_IN: MEASURED(rpc_var_in(server, arg, nbytes)); break;
    case K_VAR_OUT: MEASURED(rpc_var_out(server, nbytes, arg, &cnt)); break;
    case K_VAR_INOUT: MEASURED(rpc_var_inout(server, arg, nbytes, result, &cnt)); break;
  }
  const unsigned cycles = read_cr16() - t0;
  if (kr != KERN_SUCCESS) fail("RPC", kr);
  if (k == K_OUT1024) cnt = 1024;
  check_data(k, cnt);
  if (measure) {
    stamps_add_call();
    total += cycles;
    if (cycles < min_cycles) min_cycles = cycles;
    if (cycles > max_cycles) max_cycles = cycles;
  }
}

static enum kind parse_spec(const char* spec) {
  int ok = 1;
  if (strcmp(spec, "null") == 0) {
    nbytes = 0;
    return K_NULL;
  }
  const char* colon = spec;
  while (*colon && *colon != ':') ++colon;
  if (*colon != ':') fail("spec must be null, in:N, out:N or inout:N", 0);
  nbytes = (unsigned)strtoul_simple(colon + 1, &ok);
  if (!ok || nbytes == 0 || nbytes > 65536) fail("N must be 1..65536", (int)nbytes);
  const unsigned len = (unsigned)(colon - spec);
  if (len == 2 && memcmp(spec, "in", 2) == 0) {
    switch (nbytes) {
      case 32: return K_IN32;
      case 64: return K_IN64;
      case 1024: return K_IN1024;
      case 32768: return K_IN32768;
      default: return K_VAR_IN;
    }
  }
  if (len == 3 && memcmp(spec, "out", 3) == 0) return nbytes == 1024 ? K_OUT1024 : K_VAR_OUT;
  if (len == 5 && memcmp(spec, "inout", 5) == 0) return nbytes == 128 ? K_INOUT128 : K_VAR_INOUT;
  fail("spec must be null, in:N, out:N or inout:N", 0);
  return K_NULL;
}

/* Runs the calls with the stack shifted by `shift` bytes. */
static __attribute__((noinline)) void run(enum kind k, unsigned calls, unsigned shift) {
  volatile char* pad = __builtin_alloca(shift + 1);
  pad[0] = 0;
  for (int i = 0; i < 10; i++) one_call(k, 0);
  kern_return_t kr = rpc_set_checking(server, FALSE);
  if (kr != KERN_SUCCESS) fail("rpc_set_checking", kr);
  checking = FALSE;
  for (int i = 0; i < 3; i++) one_call(k, 0);  /* warm again after the extra call */
  stamps_reset();
  USER_CONTROL_MARK(MARK_MEASURE_BEGIN);
  for (unsigned i = 0; i < calls; i++) one_call(k, 1);
  USER_CONTROL_MARK(MARK_MEASURE_END);
}

int main(int argc, char** argv) {
  if (argc < 4) fail("usage: rpc_client null|in:N|out:N|inout:N K B", argc);
  int ok;
  const enum kind k = parse_spec(argv[1]);
  const unsigned calls = (unsigned)strtoul_simple(argv[2], &ok);
  if (!ok || calls == 0) fail("K must be a positive number", (int)calls);
  const unsigned offset = (unsigned)strtoul_simple(argv[3], &ok);
  if (!ok || offset > 65536) fail("B must be 0..65536", (int)offset);
  arg = area + offset;
  result = arg + 65536;

  kern_return_t kr;
  unsigned tries = 0;
  while ((kr = bootstrap_look_up(bootstrap_port, "rpcbench", &server)) != KERN_SUCCESS) {
    if (++tries > 100000) fail("bootstrap_look_up(\"rpcbench\")", kr);
    kc_thread_switch();
  }

  run(k, calls, offset);

  /* mean to two decimals, in 64-bit arithmetic */
  const unsigned long long hundredths = total * 100 / calls;
  char total_text[24];
  snprintf_u64(total_text, sizeof total_text, total);
  printf("@rpc spec=%s calls=%u offset=%u mean_cycles=%u.%02u min_cycles=%u max_cycles=%u total_cycles=%s\n", argv[1],
         calls, offset, (unsigned)(hundredths / 100), (unsigned)(hundredths % 100), min_cycles, max_cycles, total_text);
  stamps_report();
  kr = rpc_shutdown(server);
  if (kr != KERN_SUCCESS) fail("rpc_shutdown", kr);
  return 0;
}
