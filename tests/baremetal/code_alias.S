; Code changed through another address: an instruction that has already run
; at virtual address VCODE (through the ITLB) is rewritten through its
; physical address (data translation off), with the flushes a PA-RISC
; program owes before running changed code (FDC, SYNC, FIC, SYNC).  When it
; runs again at VCODE it must be the new instruction: the simulator's
; predecoded copy may not outlive the store, whatever mapping the store
; went through.
	.include "common.inc"

	.set	PROT_RWX, 0x13000000		; D, type 3 (read/write/execute), PL 0
	.set	VCODE, 0x00500000

	.section .text.start
	.globl _start
_start:
	SET_IVA ivt
	ssm	PSW_Q,%r0
	; Run vcode at VCODE in space 0: instruction translation on (C), data off.
	RFI_TO	VCODE, 0, 0x00040008		; IPSW: C | Q

; The ITLB miss handler: VCODE -> vcode's physical page.
itlb_miss:
	mfctl	%cr20,%r23
	mfctl	%cr21,%r24
	mtsp	%r23,%sr2
	ldil	L%vcode,%r3
	ldo	R%vcode(%r3),%r3
	extru	%r3,24,25,%r3			; IITLBA operand: physical address >> 7
	iitlba	%r3,(%sr2,%r24)
	ldil	L%PROT_RWX,%r2
	iitlbp	%r2,(%sr2,%r24)
	rfi
	nop

handler:
	comib,=	6,%r8,itlb_miss
	nop
	ldi	90,%r1				; any other interruption fails the test
	add	%r8,%r1,%r1
	HALT	%r1

	IVT

; Runs at VCODE (space 0) through the ITLB; linked at its physical address.
	.align	4096
vcode:
	ldi	0,%r10				; pass
again:
patch:	ldi	1,%r9				; becomes "ldi 2,%r9"
	comib,<>,n	0,%r10,check		; second pass: check what ran
	; Rewrite `patch` through its physical address (D off: absolute).
	ldil	L%new_insn,%r3
	ldw	R%new_insn(%r3),%r4
	ldil	L%patch,%r5
	ldo	R%patch(%r5),%r5
	stw	%r4,0(%r5)
	fdc	0(%r5)
	sync
	ldil	L%VCODE+(patch-vcode),%r6	; the instruction's virtual address
	ldo	R%VCODE+(patch-vcode)(%r6),%r6
	fic	0(%sr0,%r6)
	sync
	ldi	1,%r10
	b	again
	nop
check:
	CHECK	%r9,2,1				; the new instruction ran
	ldi	0,%r1
	HALT	%r1

	.data
	.align	4
new_insn:
	ldi	2,%r9
