/* pause() with no timer armed and no other thread: nothing can ever send a
   signal, so the run ends as a deadlock (status 124). */
#include <unistd.h>
int main(void) {
  pause();
  return 0;
}
