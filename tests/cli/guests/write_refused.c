/* Calls that would modify host files, run without se.allow_writes: each is
   refused with EACCES, and each path is named once on stderr. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void) {
  const char* f = "/nonexistent-pa730-dir/f";
  int ok = 1, i;
  for (i = 0; i < 3; ++i) ok &= unlink(f) == -1 && errno == EACCES;
  ok &= mkdir("/nonexistent-pa730-dir", 0755) == -1 && errno == EACCES;
  ok &= rmdir("/nonexistent-pa730-dir") == -1 && errno == EACCES;
  ok &= rename(f, "/nonexistent-pa730-dir/g") == -1 && errno == EACCES;
  ok &= open(f, O_WRONLY | O_CREAT, 0644) == -1 && errno == EACCES;
  ok &= truncate(f, 0) == -1 && errno == EACCES;
  printf("all refused with EACCES: %d\n", ok);
  return ok ? 0 : 1;
}
