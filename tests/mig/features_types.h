/* C types of features.defs (the same sizes on x86_64 and PA-RISC). */
#ifndef FEATURES_TYPES_H
#define FEATURES_TYPES_H
typedef char c3_t[3];
typedef struct {
  int v[4];
} s_t;
typedef short sv_t[100];
typedef char big_t[8000];
typedef char fixlong_t[5000];
typedef int words_t[32];
typedef mach_port_t pn_t;
typedef short i16;
typedef short sh2_t[2];
#endif
