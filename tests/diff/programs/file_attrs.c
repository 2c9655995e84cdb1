/* pa730-se: --set se.allow_writes=true */
/* chmod, fchmod, utimensat/futimens, symlink/readlink, link and statfs of files
   the program makes (and removes) in its working directory, and of a host
   file it may only read. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/time.h>
#include <unistd.h>

/* A new entry's times are the host's clock: shown only once set. */
static void show(const char *path, int times) {
  struct stat st;
  if (lstat(path, &st) != 0) {
    printf("  %s: %s\n", path, strerror(errno));
    return;
  }
  printf("  %s: mode %04o link %d", path, st.st_mode & 07777, S_ISLNK(st.st_mode));
  if (times) printf(" mtime %lld.%09ld", (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
  printf("\n");
}

int main(int argc, char **argv) {
  umask(022);
  int fd = open("attr.txt", O_WRONLY | O_CREAT | O_TRUNC, 0666);
  write(fd, "data\n", 5);
  printf("chmod 0600: %d\n", chmod("attr.txt", 0600));
  printf("fchmod 0640: %d\n", fchmod(fd, 0640));
  struct timespec t[2] = {{1000000000, 5}, {1234567890, 123456789}};
  printf("utimensat: %d\n", utimensat(AT_FDCWD, "attr.txt", t, 0));
  show("attr.txt", 1);
  struct timespec omit[2] = {{0, UTIME_OMIT}, {42, 0}};
  printf("futimens, atime omitted: %d\n", futimens(fd, omit));
  show("attr.txt", 1);
  close(fd);
  struct timeval tv[2] = {{7, 0}, {99, 500000}};
  printf("utimes: %d\n", utimes("attr.txt", tv));
  show("attr.txt", 1);

  printf("symlink: %d\n", symlink("attr.txt", "attr.lnk"));
  char target[64] = {0};
  printf("readlink: %zd '%s'\n", readlink("attr.lnk", target, sizeof target - 1), target);
  errno = 0;
  printf("symlink again: %d %s\n", symlink("x", "attr.lnk"), strerror(errno));
  printf("chmod through the link: %d\n", chmod("attr.lnk", 0604));
  show("attr.txt", 1);
  show("attr.lnk", 0);
  printf("lutimes on the link only: %d\n",
         utimensat(AT_FDCWD, "attr.lnk", (struct timespec[2]){{3, 0}, {4, 0}}, AT_SYMLINK_NOFOLLOW));
  show("attr.txt", 1);
  show("attr.lnk", 1);
  errno = 0;
  printf("chmod missing: %d %s\n", chmod("no-such-file", 0600), strerror(errno));
  errno = 0;
  printf("symlink into a missing directory: %d %s\n", symlink("t", "no-dir/l"), strerror(errno));

  printf("link: %d\n", link("attr.txt", "attr.hard"));
  struct stat a, b;
  stat("attr.txt", &a);
  stat("attr.hard", &b);
  printf("same file: %d, links %d\n", a.st_ino == b.st_ino, (int)a.st_nlink);
  fd = open("attr.hard", O_WRONLY | O_APPEND);
  write(fd, "more\n", 5);
  close(fd);
  stat("attr.txt", &a);
  printf("written through the other name: size %lld\n", (long long)a.st_size);
  errno = 0;
  printf("link onto an existing name: %d %s\n", link("attr.txt", "attr.lnk"), strerror(errno));
  errno = 0;
  printf("link of a directory: %d %s\n", link(".", "attr.dir"), strerror(errno));
  unlink("attr.hard");
  struct statfs sf;
  printf("statfs: %d, block size > 0: %d, name length %ld\n", statfs(".", &sf), sf.f_bsize > 0, (long)sf.f_namelen);
  fd = open("attr.txt", O_RDONLY);
  struct statfs sf2;
  printf("fstatfs: %d, same file system: %d\n", fstatfs(fd, &sf2), sf2.f_type == sf.f_type);
  close(fd);
  errno = 0;
  printf("statfs missing: %d %s\n", statfs("no-such-file", &sf), strerror(errno));
  unlink("attr.lnk");
  unlink("attr.txt");
  printf("%s %d\n", argv[1], argc);
  return 0;
}
