/* Out-of-line data (msgt_inline = 0): the receiver gets a copy of the
   sender's region, made when the message was sent, in fresh memory of its
   own; short and long descriptors; inline data alongside. */
#include "ipc_check.h"

#define TASK mach_task_self()

typedef struct {
  mach_msg_header_t head;
  mach_msg_type_t itype;
  int tag;
  mach_msg_type_long_t otype;
  vm_address_t data;
} ool_msg_t;

static unsigned char pattern(unsigned i, unsigned seed) { return (unsigned char)(i * 7 + seed); }

static void one(mach_port_t p, vm_size_t bytes, unsigned seed) {
  vm_address_t region = 0;
  CHECK_KR(vm_allocate(TASK, &region, bytes, TRUE), KERN_SUCCESS);
  unsigned char* src = (unsigned char*)region;
  for (unsigned i = 0; i < bytes; i++) src[i] = pattern(i, seed);

  ool_msg_t m;
  memset(&m, 0, sizeof m);
  m.head.msgh_bits = MACH_MSGH_BITS_COMPLEX | MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0);
  m.head.msgh_size = sizeof m;
  m.head.msgh_remote_port = p;
  m.head.msgh_id = 77;
  set_type(&m.itype, MACH_MSG_TYPE_INTEGER_32, 32, 1);
  m.tag = (int)bytes;
  m.otype.msgtl_header.msgt_inline = FALSE;
  m.otype.msgtl_header.msgt_longform = TRUE;
  m.otype.msgtl_name = MACH_MSG_TYPE_BYTE;
  m.otype.msgtl_size = 8;
  m.otype.msgtl_number = bytes;
  m.data = region;
  CHECK_KR(mach_msg(&m.head, MACH_SEND_MSG | MACH_SEND_TIMEOUT, sizeof m, 0, MACH_PORT_NULL, 0, MACH_PORT_NULL),
           MACH_MSG_SUCCESS);
  /* Changes after the send must not show in the copy. */
  for (unsigned i = 0; i < bytes; i++) src[i] = 0xee;

  rcv_buffer_t buf;
  CHECK_KR(receive(p, &buf, 0), MACH_MSG_SUCCESS);
  const ool_msg_t* r = (const ool_msg_t*)&buf;
  check(r->head.msgh_bits & MACH_MSGH_BITS_COMPLEX, "complex: %x", r->head.msgh_bits);
  check(r->head.msgh_size == sizeof(ool_msg_t), "size %u", r->head.msgh_size);
  check(r->tag == (int)bytes, "inline data beside it: %d", r->tag);
  check(!r->otype.msgtl_header.msgt_inline && r->otype.msgtl_number == bytes, "descriptor: inline %u number %u",
        r->otype.msgtl_header.msgt_inline, r->otype.msgtl_number);
  check(r->data != 0 && r->data != region, "a region of the receiver's own: %x (sender's %x)", r->data, region);
  if (r->data && r->data != region) {
    const unsigned char* got = (const unsigned char*)r->data;
    unsigned bad = 0;
    for (unsigned i = 0; i < bytes; i++) bad += got[i] != pattern(i, seed);
    check(bad == 0, "%u of %u bytes differ", bad, bytes);
    CHECK_KR(vm_deallocate(TASK, r->data, bytes), KERN_SUCCESS);
  }
  CHECK_KR(vm_deallocate(TASK, region, bytes), KERN_SUCCESS);
}

int main(void) {
  ipc_test_name = "ipc_ool";
  const mach_port_t p = new_port();
  one(p, 100, 1);               /* less than a page */
  one(p, 4096, 2);              /* one page */
  one(p, 3 * 4096 + 123, 3);    /* several pages and a part */
  one(p, 20000, 4);             /* more elements than a short descriptor holds */

  /* A short descriptor for a small region, and an unmapped region. */
  struct {
    mach_msg_header_t head;
    mach_msg_type_t otype;
    vm_address_t data;
  } m;
  static int words[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  memset(&m, 0, sizeof m);
  m.head.msgh_bits = MACH_MSGH_BITS_COMPLEX | MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0);
  m.head.msgh_size = sizeof m;
  m.head.msgh_remote_port = p;
  set_type(&m.otype, MACH_MSG_TYPE_INTEGER_32, 32, 8);
  m.otype.msgt_inline = FALSE;
  m.data = (vm_address_t)words;
  CHECK_KR(mach_msg(&m.head, MACH_SEND_MSG | MACH_SEND_TIMEOUT, sizeof m, 0, MACH_PORT_NULL, 0, MACH_PORT_NULL),
           MACH_MSG_SUCCESS);
  rcv_buffer_t buf;
  CHECK_KR(receive(p, &buf, 0), MACH_MSG_SUCCESS);
  const vm_address_t got = *(const vm_address_t*)(buf.bytes + sizeof(mach_msg_header_t) + sizeof(mach_msg_type_t));
  check(got != 0 && memcmp((const void*)got, words, sizeof words) == 0, "eight words out of line");
  if (got) CHECK_KR(vm_deallocate(TASK, got, sizeof words), KERN_SUCCESS);
  m.data = 0x30000000;  /* never mapped */
  CHECK_KR(mach_msg(&m.head, MACH_SEND_MSG | MACH_SEND_TIMEOUT, sizeof m, 0, MACH_PORT_NULL, 0, MACH_PORT_NULL),
           MACH_SEND_INVALID_MEMORY);
  CHECK_KR(receive(p, &buf, 0), MACH_RCV_TIMED_OUT);

  CHECK_KR(mach_port_destroy(TASK, p), KERN_SUCCESS);
  return ipc_finish();
}
