; The block TLB, filled through the simulated firmware (diag 0x100, the
; PDC_BLOCK_TLB call, documented in sim/fs/full_system.h): a 4-page data
; block maps VDATA.. in space 9 onto the pages at `block`; loads through
; it never miss (there is no TLB-miss handler: any interruption fails).
	.include "common.inc"
	.set	VDATA, 0x00800000
	.set	PROT_RW_DIRTY, 0x11000000
	.section .text.start
	.globl _start
_start:
	SET_IVA ivt
	; PDC_BLOCK_TLB info into `info` (physical address).
	ldi	18,%r26
	ldi	0,%r25
	ldil	L%info,%r24
	ldo	R%info(%r24),%r24
	diag	0x100
	CHECK	%r28,0,1
	; Insert: space 9, virtual page VDATA >> 12, physical page block >> 12,
	; 4 pages, read/write/dirty at privilege 0, data slot 4.
	ldi	1,%r25
	ldi	9,%r24
	ldil	L%VDATA,%r23
	extru	%r23,19,20,%r23
	ldil	L%block,%r22
	ldo	R%block(%r22),%r22
	extru	%r22,19,20,%r22
	ldi	4,%r21
	ldil	L%PROT_RW_DIRTY,%r20
	ldi	4,%r19
	ldi	18,%r26
	diag	0x100
	CHECK	%r28,0,2
	; Read the block's third page through translation.
	ldi	9,%r1
	mtsp	%r1,%sr1
	ssm	PSW_Q|PSW_D,%r0
	ldil	L%VDATA+8192,%r10
	ldw	4(%sr1,%r10),%r5
	CHECK	%r5,0xb10c,3
	; A misaligned insert is refused.
	ldi	1,%r25
	ldi	9,%r24
	ldi	1,%r23				; page 1: not a multiple of 4
	ldi	0,%r22
	ldi	4,%r21
	ldi	5,%r19
	ldi	18,%r26
	diag	0x100
	CHECK	%r28,-10,4
	ldi	0,%r1
	HALT	%r1

handler:
	ldo	100(%r8),%r8
	HALT	%r8

	IVT

	.data
	.align	16
info:	.word	0, 0, 0, 0
	.align	16384
block:	.word	0
	.align	4096
	.word	0
	.align	4096
	.word	0, 0xb10c
	.align	4096
	.word	0
