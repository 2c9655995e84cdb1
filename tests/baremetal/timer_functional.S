; The interval timer: writing CR16 arms it; when the cycle counter's low
; 32 bits reach the value, EIRR bit 0 is set and, with PSW[I] and EIEM
; bit 0 set, the external interrupt (4) is taken before the instruction of
; that cycle.  In functional mode (one cycle per instruction, interruption
; entry free) the IVT slot's first instruction issues in exactly the armed
; cycle; the slot's ldi, b,n and nullified delay slot take 3 cycles, so the
; handler's first instruction reads CR16 = armed + 3.
	.include "common.inc"
	.section .text.start
	.globl _start
_start:
	SET_IVA ivt
	ldil	L%0x80000000,%r1
	mtctl	%r1,%cr15		; EIEM: enable EIRR bit 0 only
	ldi	0,%r21
	mfctl	%cr16,%r3
	ldo	1000(%r3),%r4		; arm 1000 cycles from now
	mtctl	%r4,%cr16
	ssm	PSW_Q|PSW_I,%r0
spin:
	comib,=,n	0,%r21,spin	; wait for the handler
	nop
	CHECK	%r20,4,1		; external interrupt
	ldo	3(%r4),%r6
	comb,=,n	%r6,%r25,ok_cycle	; CR16 in the handler == armed value + 3
	ldi	2,%r1
	HALT	%r1
ok_cycle:
	; EIRR bit 0 was set when the handler ran, and is clear now.
	ldil	L%0x80000000,%r1
	CHECK	%r26,0x80000000,3
	mfctl	%cr23,%r5
	CHECK	%r5,0,4
	; The interrupted instruction was in the spin loop (IIAOQ front).
	ldil	L%spin,%r1
	ldo	R%spin(%r1),%r1
	comb,=,n	%r1,%r24,ok_iiaoq
	ldil	L%spin+4,%r1
	ldo	R%spin+4(%r1),%r1
	comb,=,n	%r1,%r24,ok_iiaoq
	ldi	5,%r1
	HALT	%r1
ok_iiaoq:
	ldi	0,%r1
	HALT	%r1

handler:
	mfctl	%cr16,%r25		; first instruction: the cycle of entry
	copy	%r8,%r20
	mfctl	%cr23,%r26		; EIRR
	mfctl	%cr18,%r24		; IIAOQ front: where we were interrupted
	mtctl	%r26,%cr23		; writing ones clears them
	ldo	1(%r21),%r21
	rfi				; resume the interrupted instruction
	nop

	IVT
