; switch_context(from, to): save the callee-saved registers, rp, sp and the
; PSW system mask of the running thread in *from, load the other thread's
; from *to, and return into it.  The system mask travels with the thread
; because a thread may be switched out of an interruption handler (I = 0)
; and another resumed in a kernel call (I = 1).  kern/thread.h gives the
; layout.
	.level	1.1
	.text
	.globl	switch_context
switch_context:
	stw	%r2,0(%r26)
	stw	%r30,4(%r26)
	stw	%r3,8(%r26)
	stw	%r4,12(%r26)
	stw	%r5,16(%r26)
	stw	%r6,20(%r26)
	stw	%r7,24(%r26)
	stw	%r8,28(%r26)
	stw	%r9,32(%r26)
	stw	%r10,36(%r26)
	stw	%r11,40(%r26)
	stw	%r12,44(%r26)
	stw	%r13,48(%r26)
	stw	%r14,52(%r26)
	stw	%r15,56(%r26)
	stw	%r16,60(%r26)
	stw	%r17,64(%r26)
	stw	%r18,68(%r26)
	ssm	0,%r19				; read the system mask
	stw	%r19,72(%r26)
	ldw	72(%r25),%r19
	ldw	0(%r25),%r2
	ldw	4(%r25),%r30
	ldw	8(%r25),%r3
	ldw	12(%r25),%r4
	ldw	16(%r25),%r5
	ldw	20(%r25),%r6
	ldw	24(%r25),%r7
	ldw	28(%r25),%r8
	ldw	32(%r25),%r9
	ldw	36(%r25),%r10
	ldw	40(%r25),%r11
	ldw	44(%r25),%r12
	ldw	48(%r25),%r13
	ldw	52(%r25),%r14
	ldw	56(%r25),%r15
	ldw	60(%r25),%r16
	ldw	64(%r25),%r17
	ldw	68(%r25),%r18
	bv	%r0(%r2)
	mtsm	%r19

; A new thread's first "return" lands here, still at the splhigh its
; creator's thread_block switched at: open up to spl0 (EIEM: the clock).
	.macro	SPL0
	ldil	L%0x80000000,%r1
	mtctl	%r1,%cr15
	.endm

; A new kernel thread: call thread_start().
	.globl	thread_trampoline
thread_trampoline:
	SPL0
	ldil	L%$global$,%dp
	ldo	R%$global$(%dp),%dp
	bl	thread_start,%rp
	nop
0:	b,n	0b

; A new user thread's first "return": leave through the interruption
; return path with its initial saved state (r3 = its PCB).
	.globl	user_thread_trampoline
user_thread_trampoline:
	SPL0
	b	trap_return
	nop
