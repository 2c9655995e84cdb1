; PSW[R]: CR0 counts executed instructions down; when its leftmost bit is
; set the recovery counter trap (3) is taken before the next instruction.
; CR0 = 3 and RFI into the counted code: the counter reads 2, 1, 0, -1
; after the 1st..4th instruction, so the trap comes after four increments.
	.include "common.inc"
	.set	PSW_R, 0x10
	.section .text.start
	.globl _start
_start:
	SET_IVA ivt
	ldi	0,%r9
	ldi	3,%r1
	mtctl	%r1,%cr0
	RFI_TO	counted,0,PSW_R|PSW_Q
counted:
	ldo	1(%r9),%r9
	ldo	1(%r9),%r9
	ldo	1(%r9),%r9
	ldo	1(%r9),%r9
	ldo	1(%r9),%r9
	ldo	1(%r9),%r9
	ldi	50,%r1			; not reached
	HALT	%r1

handler:
	CHECK	%r8,3,1			; recovery counter trap
	CHECK	%r9,4,2			; after exactly four instructions
	mfctl	%cr0,%r5
	CHECK	%r5,0xffffffff,3
	ldi	0,%r1
	HALT	%r1

	IVT
