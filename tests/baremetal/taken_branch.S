; PSW[T]: a taken branch traps (25) after it completes; the interruption
; queue holds the branch's delay slot (front) and its target (back).  An
; untaken conditional branch does not trap.
	.include "common.inc"
	.set	PSW_T, 0x01000000
	.section .text.start
	.globl _start
_start:
	SET_IVA ivt
	RFI_TO	traced,0,PSW_T|PSW_Q		; IPSW: T and Q
traced:
	comb,=	%r0,%r1,nowhere			; not taken (r1 != 0): no trap
	nop
	b	target				; taken: trap after it
slot:	nop
	ldi	60,%r1				; not reached
	HALT	%r1
target:
	ldi	61,%r1				; not reached either: the trap comes first
	HALT	%r1
nowhere:
	ldi	62,%r1
	HALT	%r1

handler:
	CHECK	%r8,25,1			; taken branch trap
	mfctl	%cr18,%r4			; IIAOQ front: the delay slot
	mtctl	%r0,%cr18
	mfctl	%cr18,%r5			; IIAOQ back: the target
	ldil	L%slot,%r1
	ldo	R%slot(%r1),%r1
	comb,=,n	%r1,%r4,ok1
	ldi	2,%r1
	HALT	%r1
ok1:
	ldil	L%target,%r1
	ldo	R%target(%r1),%r1
	comb,=,n	%r1,%r5,ok2
	ldi	3,%r1
	HALT	%r1
ok2:
	ldi	0,%r1
	HALT	%r1

	IVT
