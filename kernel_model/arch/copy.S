; copyin / copyout: move bytes between kernel memory and a user space.
;
;   int copyin(uint32_t space, const void* user_src, void* kernel_dst, uint32_t len)
;   int copyout(uint32_t space, const void* kernel_src, void* user_dst, uint32_t len)
;
; User memory is reached through SR3 loaded with the task's space; the
; kernel side through the short pointers (SR4 = 0).  A TLB miss on the user
; side refills as usual; a page the task may fault in is resolved by
; vm_fault; anything else returns here through PCB recover with 1
; (KERN_INVALID_ADDRESS) instead of panicking the kernel (kern/trap.cpp).
#include "arch/pcb.h"
	.level	1.1
	.text

	; A byte loop between r25 and r24 (len r23), with the user side in
	; space r26 through SR3 and PCB recover armed around it.
	.macro	COPY_ROUTINE name, load, store
	.globl	\name
\name:
	mfctl	%cr30,%r1
	ldil	L%copy_fault,%r20
	ldo	R%copy_fault(%r20),%r20
	stw	%r20,PCB_RECOVER(%r1)
	mtsp	%r26,%sr3
	comib,=,n 0,%r23,2f
1:	\load
	addib,<> -1,%r23,1b
	\store
2:	stw	%r0,PCB_RECOVER(%r1)
	bv	%r0(%rp)
	copy	%r0,%r28
	.endm

	COPY_ROUTINE copyin, "ldbs,ma 1(%sr3,%r25),%r19", "stbs,ma %r19,1(%r24)"
	COPY_ROUTINE copyout, "ldbs,ma 1(%r25),%r19", "stbs,ma %r19,1(%sr3,%r24)"

copy_fault:
	mfctl	%cr30,%r1
	stw	%r0,PCB_RECOVER(%r1)
	bv	%r0(%rp)
	ldi	1,%r28
