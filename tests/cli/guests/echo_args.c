/* Prints its arguments to stderr in brackets; exit status = argc. */
#include <stdio.h>
int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) fprintf(stderr, "[%s]", argv[i]);
  fprintf(stderr, "\n");
  return argc;
}
