; Kernel entry from reset and from every interruption.
;
; Reset: the simulator starts us untranslated at privilege 0 with PSW 0 and
; r26 pointing at the boot information (include/pa730/bootinfo.h).  We set up dp
; (gcc's data pointer) and the boot stack (PA-RISC stacks grow up: sp
; points just past the caller's frame marker), point IVA at the vector
; table and call kernel_main(bootinfo).
;
; Interruptions arrive untranslated with PSW Q, I, C, D clear.  Most IVT
; slots park r1 and r8 in the temporary control registers CR24/CR25, load
; their number and join trap_common.  The TLB-miss and TLB-dirty slots go
; to the refill handlers of tlb_miss.S instead.
;
; trap_common saves the whole interrupted state -- general and space
; registers, SAR, both entries of the interruption queues, IPSW, IIR, ISR,
; IOR -- in a frame laid out as arch/pcb.h says:
;   * interrupted user context (SR7 != 0): the running thread's PCB (CR30),
;     and the handler runs on the top of that thread's kernel stack;
;   * interrupted kernel code (SR7 == 0): a frame pushed on the kernel
;     stack it was using, and the handler runs above it.
; It then switches to virtual mode (an RFI into the kernel's own space 0,
; which the block TLB maps one-to-one) and calls trap(frame) in C++.  On
; return it reloads everything from the frame and RFIs -- or RFIRs, when a
; TLB-miss handler had already used the shadowed registers.
#include "arch/pcb.h"
	.level	1.1

	.section .text.start,"ax"
	.globl	_start
_start:
	ldil	L%$global$,%dp
	ldo	R%$global$(%dp),%dp
	ldil	L%boot_stack,%sp
	ldo	R%boot_stack+64(%sp),%sp
	ldil	L%ivt,%r1
	ldo	R%ivt(%r1),%r1
	mtctl	%r1,%cr14
	ssm	PSW_Q,%r0			; collect interruption state from now on
	bl	kernel_main,%rp
	nop
	; kernel_main does not return
	ldi	70,%r1
	ldil	L%0xf0001000,%r31
	stwas	%r1,0(%r31)
0:	b,n	0b

	.text
; RFI to \target (a register; \scratch is clobbered) in space 0 with PSW
; KERNEL_PSW: code and data translation on -- the block TLB maps the kernel
; one-to-one -- and state collection on.  Only an RFI can turn PSW C on.
; PSW Q must already be clear.
	.macro	RFI_TO_VIRTUAL target, scratch
	mtctl	%r0,%cr17
	mtctl	%r0,%cr17
	mtctl	\target,%cr18
	ldo	4(\target),\scratch
	mtctl	\scratch,%cr18
	ldil	L%KERNEL_PSW,\scratch
	ldo	R%KERNEL_PSW(\scratch),\scratch
	mtctl	\scratch,%cr22
	rfi
	nop
	.endm

; enter_virtual_mode(): return to the caller in virtual mode.
	.globl	enter_virtual_mode
enter_virtual_mode:
	rsm	PSW_Q|PSW_I,%r0
	RFI_TO_VIRTUAL %rp, %r1

	.macro	SAVE_GRS
	stw	%r2,SS_GR(2)(%r1)
	stw	%r3,SS_GR(3)(%r1)
	stw	%r4,SS_GR(4)(%r1)
	stw	%r5,SS_GR(5)(%r1)
	stw	%r6,SS_GR(6)(%r1)
	stw	%r7,SS_GR(7)(%r1)
	stw	%r9,SS_GR(9)(%r1)
	stw	%r10,SS_GR(10)(%r1)
	stw	%r11,SS_GR(11)(%r1)
	stw	%r12,SS_GR(12)(%r1)
	stw	%r13,SS_GR(13)(%r1)
	stw	%r14,SS_GR(14)(%r1)
	stw	%r15,SS_GR(15)(%r1)
	stw	%r16,SS_GR(16)(%r1)
	stw	%r17,SS_GR(17)(%r1)
	stw	%r18,SS_GR(18)(%r1)
	stw	%r19,SS_GR(19)(%r1)
	stw	%r20,SS_GR(20)(%r1)
	stw	%r21,SS_GR(21)(%r1)
	stw	%r22,SS_GR(22)(%r1)
	stw	%r23,SS_GR(23)(%r1)
	stw	%r24,SS_GR(24)(%r1)
	stw	%r25,SS_GR(25)(%r1)
	stw	%r26,SS_GR(26)(%r1)
	stw	%r27,SS_GR(27)(%r1)
	stw	%r28,SS_GR(28)(%r1)
	stw	%r29,SS_GR(29)(%r1)
	stw	%r30,SS_GR(30)(%r1)
	stw	%r31,SS_GR(31)(%r1)
	.endm

	.macro	LOAD_GRS
	ldw	SS_GR(2)(%r1),%r2
	ldw	SS_GR(3)(%r1),%r3
	ldw	SS_GR(4)(%r1),%r4
	ldw	SS_GR(5)(%r1),%r5
	ldw	SS_GR(6)(%r1),%r6
	ldw	SS_GR(7)(%r1),%r7
	ldw	SS_GR(8)(%r1),%r8
	ldw	SS_GR(9)(%r1),%r9
	ldw	SS_GR(10)(%r1),%r10
	ldw	SS_GR(11)(%r1),%r11
	ldw	SS_GR(12)(%r1),%r12
	ldw	SS_GR(13)(%r1),%r13
	ldw	SS_GR(14)(%r1),%r14
	ldw	SS_GR(15)(%r1),%r15
	ldw	SS_GR(16)(%r1),%r16
	ldw	SS_GR(17)(%r1),%r17
	ldw	SS_GR(18)(%r1),%r18
	ldw	SS_GR(19)(%r1),%r19
	ldw	SS_GR(20)(%r1),%r20
	ldw	SS_GR(21)(%r1),%r21
	ldw	SS_GR(22)(%r1),%r22
	ldw	SS_GR(23)(%r1),%r23
	ldw	SS_GR(24)(%r1),%r24
	ldw	SS_GR(25)(%r1),%r25
	ldw	SS_GR(26)(%r1),%r26
	ldw	SS_GR(27)(%r1),%r27
	ldw	SS_GR(28)(%r1),%r28
	ldw	SS_GR(29)(%r1),%r29
	ldw	SS_GR(30)(%r1),%r30
	ldw	SS_GR(31)(%r1),%r31
	ldw	SS_GR(1)(%r1),%r1
	.endm

	.macro	SAVE_SR n
	mfsp	%sr\n,%r2
	stw	%r2,SS_SR(\n)(%r1)
	.endm
	.macro	LOAD_SR n
	ldw	SS_SR(\n)(%r1),%r2
	mtsp	%r2,%sr\n
	.endm

; A refill handler found no translation: the fault goes to trap() with the
; shadowed registers already overwritten (r8 holds the number).
	.globl	trap_common_shadowed
trap_common_shadowed:
	depi	1,23,1,%r8			; | SS_CODE_SHADOWED
trap_common:
	mfsp	%sr7,%r1
	comib,<>,n 0,%r1,1f			; user context: the PCB
	ldo	63(%sp),%r1			; kernel code: a frame on its stack
	b	2f
	depi	0,31,6,%r1
1:	mfctl	%cr30,%r1
2:	stw	%r8,SS_CODE(%r1)
	SAVE_GRS
	mfctl	%cr24,%r2			; the interrupted r1
	stw	%r2,SS_GR(1)(%r1)
	mfctl	%cr25,%r2			; the interrupted r8
	stw	%r2,SS_GR(8)(%r1)
	mfctl	%sar,%r2
	stw	%r2,SS_SAR(%r1)
	; Both entries of each interruption queue: read the front, push to
	; bring the back forward, read it.
	mfctl	%cr17,%r2
	stw	%r2,SS_IIASQ(%r1)
	mtctl	%r0,%cr17
	mfctl	%cr17,%r2
	stw	%r2,SS_IIASQ+4(%r1)
	mfctl	%cr18,%r2
	stw	%r2,SS_IIAOQ(%r1)
	mtctl	%r0,%cr18
	mfctl	%cr18,%r2
	stw	%r2,SS_IIAOQ+4(%r1)
	mfctl	%cr22,%r2
	stw	%r2,SS_IPSW(%r1)
	mfctl	%cr19,%r2
	stw	%r2,SS_IIR(%r1)
	mfctl	%cr20,%r2
	stw	%r2,SS_ISR(%r1)
	mfctl	%cr21,%r2
	stw	%r2,SS_IOR(%r1)
	SAVE_SR	0
	SAVE_SR	1
	SAVE_SR	2
	SAVE_SR	3
	SAVE_SR	4
	SAVE_SR	5
	SAVE_SR	6
	SAVE_SR	7
	copy	%r1,%r3				; the frame, kept across the call
	; The handler's stack: the thread's kernel stack top, or above the frame.
	ldw	SS_SR(7)(%r1),%r2
	comib,=,n 0,%r2,3f
	mfctl	%cr30,%r2
	b	4f
	ldw	PCB_KSP(%r2),%sp
3:	ldo	SS_STACK_FRAME+64(%r1),%sp
4:	mtsp	%r0,%sr4			; the kernel's space for short pointers
	mtsp	%r0,%sr5
	mtsp	%r0,%sr6
	mtsp	%r0,%sr7
	; Virtual mode, interrupts still off, state collection on.
	ldil	L%5f,%r2
	ldo	R%5f(%r2),%r2
	RFI_TO_VIRTUAL %r2, %r4
5:	ldil	L%$global$,%dp
	ldo	R%$global$(%dp),%dp
	copy	%r3,%r26
	bl	trap,%rp
	nop
	; fall into trap_return with r3 = the frame

; Resume the state in the frame r3 points at.  New user threads start here
; too (thread.cpp).
	.globl	trap_return
trap_return:
	rsm	PSW_Q|PSW_I|PSW_D,%r0		; data absolute: the frame is at its
	copy	%r3,%r1				; physical address, whatever SR4 says
	ldw	SS_IIASQ(%r1),%r2
	mtctl	%r2,%cr17
	ldw	SS_IIASQ+4(%r1),%r2
	mtctl	%r2,%cr17
	ldw	SS_IIAOQ(%r1),%r2
	mtctl	%r2,%cr18
	ldw	SS_IIAOQ+4(%r1),%r2
	mtctl	%r2,%cr18
	ldw	SS_IPSW(%r1),%r2
	mtctl	%r2,%cr22
	ldw	SS_SAR(%r1),%r2
	mtctl	%r2,%sar
	LOAD_SR	0
	LOAD_SR	1
	LOAD_SR	2
	LOAD_SR	3
	LOAD_SR	4
	LOAD_SR	5
	LOAD_SR	6
	LOAD_SR	7
	ldw	SS_CODE(%r1),%r2
	bb,<,n	%r2,23,6f			; SS_CODE_SHADOWED
	LOAD_GRS
	rfi
	nop
6:	LOAD_GRS
	rfir
	nop

	.macro	VECTOR n
	mtctl	%r1,%cr24
	mtctl	%r8,%cr25
	ldi	\n,%r8
	b,n	trap_common
	nop
	nop
	nop
	nop
	.endm

	; Refill slots: offset in r8, space in r9, page number in r16.
	.macro	REFILL n, from_queue, handler
	.if	\from_queue
	mfctl	%cr18,%r8			; instruction side: the IIA queue front
	mfctl	%cr17,%r9
	.else
	mfctl	%ior,%r8
	mfctl	%isr,%r9
	.endif
	b	\handler
	extru	%r8,19,20,%r16
	nop
	nop
	nop
	nop
	.endm

	.align	2048
	.globl	ivt
ivt:
	VECTOR	0
	VECTOR	1
	VECTOR	2
	VECTOR	3
	VECTOR	4
	VECTOR	5
	REFILL	6, 1, itlb_refill
	VECTOR	7
	VECTOR	8
	VECTOR	9
	VECTOR	10
	VECTOR	11
	VECTOR	12
	VECTOR	13
	VECTOR	14
	REFILL	15, 0, dtlb_refill
	VECTOR	16
	REFILL	17, 0, nadtlb_refill
	VECTOR	18
	VECTOR	19
	REFILL	20, 0, dirty_refill
	VECTOR	21
	VECTOR	22
	VECTOR	23
	VECTOR	24
	VECTOR	25
	VECTOR	26
	VECTOR	27
	VECTOR	28
	VECTOR	29
	VECTOR	30
	VECTOR	31

	.bss
	.align	64
boot_stack:
	.block	16384
