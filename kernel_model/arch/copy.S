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
;
; Messages are word-aligned and a multiple of four bytes long, so the
; common case moves words, four at a time: the loads go first and the
; stores are spread out, because a PA7000 store holds the memory port for
; three cycles (README, timing model).  Anything unaligned moves bytes.
#include "arch/pcb.h"
	.level	1.1
	.text

	; r25 -> r24, r23 bytes; \ld/\st load or store with an optional
	; space prefix.  Words when r25, r24 and r23 are all multiples of 4.
	.macro	COPY_ROUTINE name, usrc, udst
	.globl	\name
\name:
	mfctl	%cr30,%r1
	ldil	L%copy_fault,%r20
	ldo	R%copy_fault(%r20),%r20
	stw	%r20,PCB_RECOVER(%r1)
	mtsp	%r26,%sr3
	comib,=,n 0,%r23,9f
	or	%r25,%r24,%r20
	or	%r20,%r23,%r20
	extru,=	%r20,31,2,%r0			; all aligned: skip the byte loop's branch
	b,n	5f
	; Words: blocks of 16 bytes, then single words.
	comib,>>=,n 15,%r23,3f
1:	ldws,ma	4(\usrc%r25),%r19
	ldws,ma	4(\usrc%r25),%r20
	ldws,ma	4(\usrc%r25),%r21
	ldws,ma	4(\usrc%r25),%r22
	stws,ma	%r19,4(\udst%r24)
	ldo	-16(%r23),%r23
	stws,ma	%r20,4(\udst%r24)
	comib,<< 15,%r23,2f			; 16 or more left: go round again
	stws,ma	%r21,4(\udst%r24)
	b	3f
	stws,ma	%r22,4(\udst%r24)
2:	b	1b
	stws,ma	%r22,4(\udst%r24)
3:	comib,=,n 0,%r23,9f
4:	ldws,ma	4(\usrc%r25),%r19
	addib,<> -4,%r23,4b
	stws,ma	%r19,4(\udst%r24)
	b,n	9f
	; Bytes.
5:	ldbs,ma	1(\usrc%r25),%r19
	addib,<> -1,%r23,5b
	stbs,ma	%r19,1(\udst%r24)
9:	stw	%r0,PCB_RECOVER(%r1)
	bv	%r0(%rp)
	copy	%r0,%r28
	.endm

	COPY_ROUTINE copyin, "%sr3,", ""
	COPY_ROUTINE copyout, "", "%sr3,"

copy_fault:
	mfctl	%cr30,%r1
	stw	%r0,PCB_RECOVER(%r1)
	bv	%r0(%rp)
	ldi	1,%r28
