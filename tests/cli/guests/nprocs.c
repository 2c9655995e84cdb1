/* The simulated 730 has one CPU, whatever the host has: glibc reads it from
   /sys/devices/system/cpu (online, possible), /proc/cpuinfo describes a
   PA7000, and sched_getaffinity gives CPU 0.  Status: the CPU count when
   all agree, 100 otherwise. */
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/sysinfo.h>
#include <unistd.h>
int main(void) {
  char line[256];
  int pa7000 = 0;
  FILE* f = fopen("/proc/cpuinfo", "r");
  while (f && fgets(line, sizeof line, f)) pa7000 |= strstr(line, "PA7000") != NULL;
  cpu_set_t set;
  CPU_ZERO(&set);
  const int affinity = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : -1;
  const long onln = sysconf(_SC_NPROCESSORS_ONLN), conf = sysconf(_SC_NPROCESSORS_CONF);
  printf("online %ld configured %ld get_nprocs %d affinity %d PA7000 %d\n", onln, conf, get_nprocs(), affinity, pa7000);
  return onln == conf && conf == get_nprocs() && affinity == onln && pa7000 ? (int)onln : 100;
}
