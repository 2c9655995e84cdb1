; PSW[L]: a branch to a less privileged level traps (24) before the first
; instruction there; PSW[H]: GATE raising the privilege traps (23).
	.include "common.inc"
	.set	PSW_L, 0x00400000
	.set	PSW_H, 0x00800000
	.section .text.start
	.globl _start
_start:
	SET_IVA ivt
	ldi	0,%r21
	; Turn on L with an RFI to the next step (privilege 0, IPSW = L | Q).
	RFI_TO	step1,0,PSW_L|PSW_Q
step1:
	; BV to user code at privilege 3: lower-privilege transfer trap.
	ldil	L%user,%r2
	ldo	R%user+3(%r2),%r2
	bv	%r0(%r2)
	nop
user:
	; Resumed here at privilege 3 by the handler (with H instead of L):
	; GATE back to privilege 0 traps 23.
	gate	back,%r0
	nop
back:
	ldi	70,%r1			; not reached: the handler finishes the test
	HALT	%r1

handler:
	ldo	1(%r21),%r21
	comib,=	1,%r21,first
	nop
	CHECK	%r8,23,2		; second trap: higher-privilege transfer
	ldi	0,%r1
	HALT	%r1
first:
	CHECK	%r8,24,1		; lower-privilege transfer
	; Resume the interrupted queue (user code, privilege 3) with H set.
	ldil	L%PSW_H,%r1
	ldo	PSW_Q(%r1),%r1
	mtctl	%r1,%cr22
	rfi
	nop

	IVT
