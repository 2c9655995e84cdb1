; More interruption classes: assist emulation (22) for an FP instruction
; while CCR disables the coprocessor; assist exception (14) for an enabled
; IEEE exception (divide by zero); the non-access data TLB miss fault (17)
; from LPA with no translation; and the high-priority machine check (1)
; for a read from I/O space where no device answers, and for a read from a
; physical address above RAM (nothing answers there either).
	.include "common.inc"
	.section .text.start
	.globl _start
_start:
	SET_IVA ivt
	ssm	PSW_Q,%r0
	ldil	L%fpdata,%r9
	ldo	R%fpdata(%r9),%r9

	; 22: CCR = 0, the FP coprocessor is off.
	mtctl	%r0,%cr10
	fldd	0(%r9),%fr4
	CHECK	%r20,22,1

	; 14: enable it, set the divide-by-zero enable bit in the FPSR, divide by 0.
	ldi	0xc0,%r1
	mtctl	%r1,%cr10
	ldo	16(%r9),%r14
	fldd	0(%r14),%fr0			; FPSR (left half of fr0) with Z enabled
	fldd	0(%r9),%fr4			; 1.0
	fldd	8(%r9),%fr5			; 0.0
	fdiv,dbl	%fr4,%fr5,%fr6
	CHECK	%r20,14,2

	; 17: LPA of an address with no translation (data translation on).
	ssm	PSW_D,%r0
	ldil	L%0x00700000,%r10
	lpa	%r0(%sr0,%r10),%r11
	CHECK	%r20,17,3
	rsm	PSW_D,%r0

	; 1: nothing answers at 0xf0002000 (I/O space, translation off).
	ldil	L%0xf0002000,%r12
	ldw	0(%r12),%r13
	CHECK	%r20,1,4

	; 1 again: 0x0c000000 is above the 64 MB of RAM and below I/O space.
	ldi	0,%r20
	ldil	L%0x0c000000,%r12
	ldw	0(%r12),%r13
	CHECK	%r20,1,5
	CHECK	%r21,5,6			; five interruptions in all
	ldi	0,%r1
	HALT	%r1

handler:
	copy	%r8,%r20
	ldo	1(%r21),%r21
	ldi	PSW_Q,%r1
	mtctl	%r1,%cr22			; resume with Q on (HPMC also set M)
	SKIP_INSN
	rfi
	nop

	IVT

	.data
	.align	16
fpdata:	.word	0x3ff00000, 0			; 1.0
	.word	0, 0				; 0.0
	.word	0x00000008, 0			; FPSR: Z (divide by zero) enabled
