/* sandbox_writes ABS REL: writes a line to the absolute path ABS (under /tmp)
   and to the relative path REL, reads both back; exit 0 if both hold it.  Run
   under se.allow_writes, the files go into the sandbox, not the host. */
#include <stdio.h>
#include <string.h>

static int write_and_check(const char *path)
{
    char buf[64] = "";
    FILE *f = fopen(path, "w");
    if (!f) { perror(path); return 0; }
    fputs("written by the guest\n", f);
    fclose(f);
    f = fopen(path, "r");
    if (!f || !fgets(buf, sizeof buf, f)) { perror(path); return 0; }
    fclose(f);
    return strcmp(buf, "written by the guest\n") == 0;
}

int main(int argc, char **argv)
{
    if (argc != 3) return 2;
    return write_and_check(argv[1]) && write_and_check(argv[2]) ? 0 : 1;
}
