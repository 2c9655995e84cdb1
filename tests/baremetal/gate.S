; GATE with code translation off promotes to privilege 0 and records the
; caller's privilege in the link register's low bits.
	.include "common.inc"
	.section .text.start
	.globl _start
_start:
	SET_IVA ivt
	RFI_TO	user,3,0		; privilege 3, PSW 0
user:
	mfctl	%cr16,%r5		; user-legal
	gate	promoted,%r31
	nop
	ldi	1,%r1			; not reached
	HALT	%r1
promoted:
	mfctl	%cr14,%r6		; privileged register: legal only at privilege 0
	extru	%r31,31,2,%r7
	CHECK	%r7,3,2			; caller's privilege in the link
	ldil	L%ivt,%r1
	ldo	R%ivt(%r1),%r1
	comb,=,n	%r1,%r6,ok
	ldi	3,%r1
	HALT	%r1
ok:
	ldi	0,%r1
	HALT	%r1

handler:
	; Any interruption here is a failure: report 100 + its number.
	ldo	100(%r8),%r8
	HALT	%r8

	IVT
