; Software TLB refill, as a PA-RISC kernel does it: with translation on, a
; load from an unmapped page raises the data TLB miss fault (15); the
; handler inserts the translation (IDTLBA then IDTLBP) for the faulting
; space.offset (ISR/IOR) and RFI re-executes the load.  Then: a read-only
; page refuses a store (data memory protection trap, 18 on the PA7000), a
; clean page refuses a store (TLB dirty bit trap, 20), and an instruction
; fetch from an unmapped virtual page raises the ITLB miss fault (6) and
; runs once its handler has inserted the page, and misses again once the
; code purges its own page's translation.
	.include "common.inc"

	; Protection words (IxTLBP operand; PA bit numbering, mmu/tlb_entry.h):
	; D = bit 3, access-rights type = bits 5..7, PL1 = 8..9, PL2 = 10..11.
	.set	PROT_RW_DIRTY, 0x11000000	; D, type 1 (read/write), PL1 = PL2 = 0
	.set	PROT_RO, 0x00000000		; type 0 (read only), privilege 0
	.set	PROT_RW_CLEAN, 0x01000000	; type 1, D clear
	.set	PROT_RWX, 0x13000000		; D, type 3 (read/write/execute)
	.set	PROT_T, 0x31000000		; T (page reference trap), D, type 1
	.set	VNOEXEC, 0x00600000		; code page mapped without execute rights
	.set	VSPACE, 5
	.set	VDATA, 0x00400000		; virtual pages used below
	.set	VCODE, 0x00500000

	.section .text.start
	.globl _start
_start:
	SET_IVA ivt
	ldi	0,%r21				; DTLB misses handled
	ldi	0,%r19				; ITLB misses handled
	ldi	VSPACE,%r1
	mtsp	%r1,%sr1
	ldil	L%VDATA,%r10
	ssm	PSW_Q|PSW_D,%r0			; data translation on

	; 1. Miss, refill, retry: the word at page_a + 8 reads through VDATA + 8.
	ldw	8(%sr1,%r10),%r5
	CHECK	%r5,0x600dcafe,1
	CHECK	%r21,1,2
	; 2. Same page again: a TLB hit, no fault.
	ldw	12(%sr1,%r10),%r6
	CHECK	%r6,0x12345678,3
	CHECK	%r21,1,4
	; 3. A store through the read/write, dirty page lands in page_a.
	ldi	99,%r7
	stw	%r7,16(%sr1,%r10)
	CHECK	%r21,1,5
	; 4. Page VDATA + 4096 is mapped read-only by the handler: store traps 18.
	ldo	4096(%r10),%r11
	ldw	0(%sr1,%r11),%r8		; miss 2, refill read-only
	CHECK	%r21,2,6
	stw	%r7,0(%sr1,%r11)		; protection trap, skipped by the handler
	CHECK	%r20,18,7
	; PROBE asks the TLB without trapping: read yes, write no, and no
	; read at privilege 3 (the page's PL1 is 0).
	prober	(%sr1,%r11),%r0,%r14
	CHECK	%r14,1,14
	probew	(%sr1,%r11),%r0,%r15
	CHECK	%r15,0,15
	proberi	(%sr1,%r11),3,%r16
	CHECK	%r16,0,16
	; 5. Page VDATA + 8192 is mapped clean: the first store traps 20.
	ldo	4096(%r11),%r12
	ldw	0(%sr1,%r12),%r8		; miss 3
	stw	%r7,0(%sr1,%r12)
	CHECK	%r20,20,8
	CHECK	%r21,3,9
	; 5b. Page VDATA + 12288 has the T bit: any access traps 21.
	ldo	4096(%r12),%r12
	ldw	0(%sr1,%r12),%r8		; miss 4, then the page reference trap
	CHECK	%r21,4,17
	CHECK	%r20,21,18

	; Check step 3 through the physical address, translation off.
	rsm	PSW_D,%r0
	ldil	L%page_a,%r1
	ldw	R%page_a+16(%r1),%r9
	CHECK	%r9,99,10

	; 6. Instruction translation: RFI to VCODE in space 0 with C, D, Q on.
	mtctl	%r0,%cr17
	mtctl	%r0,%cr17
	ldil	L%VCODE,%r1
	mtctl	%r1,%cr18
	ldo	4(%r1),%r1
	mtctl	%r1,%cr18
	ldil	L%0x0004000a,%r1		; IPSW: C (0x00040000) | Q (8) | D (2)
	ldo	R%0x0004000a(%r1),%r1
	mtctl	%r1,%cr22
	rfi
	nop

; The DTLB miss handler: map the faulting page.  VDATA -> page_a (read/write,
; dirty), VDATA + 4096 -> page_b read-only, VDATA + 8192 -> page_c clean.
dtlb_miss:
	ldo	1(%r21),%r21
	mfctl	%cr20,%r23			; ISR: space
	mfctl	%cr21,%r24			; IOR: offset
	mtsp	%r23,%sr2
	extru	%r24,19,20,%r1			; virtual page number
	ldil	L%VDATA,%r2
	extru	%r2,19,20,%r2
	sub	%r1,%r2,%r1			; 0, 1 or 2
	ldil	L%page_a,%r3
	ldo	R%page_a(%r3),%r3
	zdep	%r1,19,20,%r2			; page index * 4096
	add	%r3,%r2,%r3			; physical page
	extru	%r3,24,25,%r3			; IDTLBA operand: physical address >> 7
	idtlba	%r3,(%sr2,%r24)
	ldil	L%PROT_RW_DIRTY,%r2
	comib,=,n	0,%r1,insert_prot
	ldil	L%PROT_RO,%r2
	comib,=,n	1,%r1,insert_prot
	ldil	L%PROT_RW_CLEAN,%r2
	comib,=,n	2,%r1,insert_prot
	ldil	L%PROT_T,%r2
insert_prot:
	idtlbp	%r2,(%sr2,%r24)
	rfi					; retry the access
	nop

; The ITLB miss handler: VCODE -> vcode's physical page, read/write/execute.
itlb_miss:
	ldo	1(%r19),%r19
	mfctl	%cr18,%r7			; IIAOQ front: the fetch that missed
	mfctl	%cr20,%r23
	mfctl	%cr21,%r24
	mtsp	%r23,%sr2
	ldil	L%vcode,%r3
	ldo	R%vcode(%r3),%r3
	extru	%r3,24,25,%r3
	iitlba	%r3,(%sr2,%r24)
	ldil	L%PROT_RWX,%r2
	ldil	L%VNOEXEC,%r1
	comb,=,n	%r1,%r24,no_exec
	iitlbp	%r2,(%sr2,%r24)
	rfi
	nop
no_exec:
	ldil	L%PROT_RW_DIRTY,%r2		; read/write but not execute
	iitlbp	%r2,(%sr2,%r24)
	rfi
	nop

; Other interruptions: record the number and skip the instruction.
handler:
	comib,=	15,%r8,dtlb_miss
	nop
	comib,=	6,%r8,itlb_miss
	nop
	comib,=	7,%r8,exec_denied
	nop
	copy	%r8,%r20
	SKIP_INSN
	rfi
	nop

exec_denied:
	CHECK	%r19,4,19			; the fourth ITLB miss was VNOEXEC's
	mfctl	%cr18,%r4			; IIAOQ front: the refused fetch
	ldil	L%VNOEXEC,%r1
	comb,=,n	%r1,%r4,all_ok
	ldi	20,%r1
	HALT	%r1
all_ok:
	ldi	0,%r1
	HALT	%r1

	IVT

; Code that runs at virtual address VCODE (space 0) through the ITLB.
	.align	4096
vcode:
	ldi	77,%r9
	CHECK	%r19,1,11			; exactly one ITLB miss
	CHECK	%r9,77,12
	; 6b. Purge this page's own translation: fetching on from it misses
	; again, and the handler re-inserts the page.  Twice, so that the
	; second time the instructions after the purge have run before: the
	; fetch must not go on from what it cached before the purge.
	mtsp	%r0,%sr2
	ldil	L%VCODE,%r6			; (the miss handler clobbers %r1)
	ldi	2,%r5
purge_own_page:
	pitlb	%r0(%sr2,%r6)
	nop
	addib,<>	-1,%r5,purge_own_page
	nop
	CHECK	%r19,3,22			; one miss after each purge,
	ldil	L%VCODE+0x44,%r1		; each at the instruction after the purge
	ldo	R%VCODE+0x44(%r1),%r1		; (no fetch ahead is modelled)
	comb,=,n	%r1,%r7,purge_ok
	ldi	23,%r1
	HALT	%r1
purge_ok:
	; LPA: the physical address behind VDATA + 8 is page_a + 8.
	lpa	%r0(%sr1,%r10),%r4
	ldil	L%page_a,%r1
	ldo	R%page_a(%r1),%r1
	comb,=,n	%r1,%r4,lpa_ok
	ldi	13,%r1
	HALT	%r1
lpa_ok:
	; 7. Fetch from a page without execute rights: ITLB miss, then the
	; instruction memory protection trap (7), which ends the test.
	ldil	L%VNOEXEC,%r1
	bv,n	%r0(%r1)
	ldi	21,%r1				; not reached
	HALT	%r1

	.data
	.align	4096
page_a:	.word	0, 0, 0x600dcafe, 0x12345678, 0
	.align	4096
page_b:	.word	1
	.align	4096
page_c:	.word	2
	.align	4096
page_d:	.word	3
