; Taking and returning from interruptions: each trap vectors through IVA
; with the state the PA-RISC 1.1 manual says the hardware saves, and RFI
; resumes after the trapping instruction.
	.include "common.inc"
	.section .text.start
	.globl _start
_start:
	SET_IVA ivt
	ssm	PSW_Q,%r0		; collect interruption state
	ldi	0,%r21			; count of interruptions handled
	copy	%r0,%r26		; (the loader passes the boot information here)

	; BREAK (9): IIR holds the instruction word.
	break	5,7
	CHECK	%r20,9,1
	CHECK	%r22,0x0000e005,2	; break 5,7: im13 (bits 6..18) = 7, im5 (bits 27..31) = 5
	CHECK	%r21,1,3

	; Overflow (12): addo of 0x7fffffff + 1; the target is not written.
	ldil	L%0x7fffffff,%r4
	ldo	R%0x7fffffff(%r4),%r4
	ldi	1,%r5
	ldi	77,%r6
	addo	%r4,%r5,%r6
	CHECK	%r20,12,4
	CHECK	%r6,77,5

	; Conditional trap (13): addit traps when the condition holds.
	addi,tr	0,%r0,%r0
	nop
	subt,=	%r5,%r5,%r7
	CHECK	%r20,13,6

	; Illegal instruction (8).
	.word	0xfc000000
	CHECK	%r20,8,7

	; Unaligned data reference: IOR = the address.  On the PA7000 (PA-RISC
	; 1.1a) it shares vector 18 with the data memory protection trap.
	ldil	L%data,%r9
	ldo	R%data(%r9),%r9
	ldw	2(%r9),%r10
	CHECK	%r20,18,8
	ldo	2(%r9),%r11
	comb,=,n	%r11,%r24,ok_ior
	ldi	9,%r1
	HALT	%r1
ok_ior:
	; IPSW held the Q bit of the interrupted context; IIASQ front was 0.
	CHECK	%r25,8,10
	CHECK	%r21,5,11

	; Privileged operation (10) and privileged register (11) at privilege 3:
	; RFI into user code (translation stays off), then try system instructions.
	ldil	L%user,%r1
	ldo	R%user+3(%r1),%r1	; privilege 3 in the low bits
	mtctl	%r0,%cr17
	mtctl	%r0,%cr17
	mtctl	%r1,%cr18
	ldo	4(%r1),%r1
	mtctl	%r1,%cr18
	ldi	PSW_Q,%r1
	mtctl	%r1,%cr22		; IPSW: Q only
	rfi
	nop
user:
	rsm	PSW_Q,%r0		; privileged operation
	mtctl	%r0,%cr14		; privileged register
	mfctl	%cr16,%r12		; allowed: PSW[S] clear
	mfctl	%sar,%r13		; allowed
	break	0,0			; back to the tests at privilege 0
	; not reached

	.text
after_user:
	CHECK	%r26,10,12		; first trap from user mode
	CHECK	%r27,11,13		; second
	ldi	0,%r1
	HALT	%r1

; The common handler: r8 = interruption number.
handler:
	copy	%r8,%r20
	ldo	1(%r21),%r21
	mfctl	%cr19,%r22		; IIR
	mfctl	%cr20,%r23		; ISR
	mfctl	%cr21,%r24		; IOR
	mfctl	%cr22,%r25		; IPSW
	; Record the first two traps from privilege 3.
	mfctl	%cr18,%r3
	extru	%r3,31,2,%r3
	comib,=,n	0,%r3,not_user
	comib,=,n	9,%r8,back_to_tests
	comib,<>,n	0,%r26,second
	b	skip
	copy	%r8,%r26
second:
	copy	%r8,%r27
	b,n	skip
not_user:
skip:
	SKIP_INSN
	rfi
	nop
back_to_tests:
	; Resume at privilege 0 in after_user: rewrite the queue.
	ldil	L%after_user,%r1
	ldo	R%after_user(%r1),%r1
	mtctl	%r1,%cr18
	mtctl	%r1,%cr18
	ldo	4(%r1),%r1
	mtctl	%r1,%cr18
	ldi	PSW_Q,%r1
	mtctl	%r1,%cr22
	rfi
	nop

	IVT

	.data
	.align	16
data:	.word	0x11223344, 0x55667788
