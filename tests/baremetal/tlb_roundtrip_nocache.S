; The cost of a data TLB miss round trip, measured with CR16 and derived by
; hand from the timing rules (configs/hp730.cfg), with the caches switched
; off (tests/baremetal/CMakeLists.txt runs *_nocache programs with
; icache.enabled=false and dcache.enabled=false) so only the pipeline counts.
;
;   A  mfctl cr16,r13         @c      reads c (r13: the handler clobbers r3)
;   B  ldw 0(sr1,r10),r5      @c+1    DTLB miss: a trapping instruction costs nothing;
;                                     interruption entry +2 -> handler at c+3
;   V1 ldi 15,r8              @c+3    (IVT slot 15)
;   V2 b,n handler            @c+4
;   V3 (nullified slot)       @c+5    a nullified instruction still takes its cycle
;   H1 comib,= 15,r8,dtlb     @c+6    taken, forward, no ,n: slot executes
;   H2 nop                    @c+7
;   D1 mfctl isr,r23          @c+8
;   D2 mfctl ior,r24          @c+9
;   D3 mtsp r23,sr2           @c+10   MTSP: +1 -> next at c+12
;   D4 ldil L%page_a,r3       @c+12
;   D5 ldo R%page_a(r3),r3    @c+13
;   D6 extru r3,24,25,r3      @c+14
;   D7 idtlba r3,(sr2,r24)    @c+15
;   D8 ldil L%PROT,r2         @c+16
;   D9 idtlbp r2,(sr2,r24)    @c+17
;   D10 rfi                   @c+18   RFI: +2 -> B again at c+21
;   B  ldw 0(sr1,r10),r5      @c+21   now a hit
;   C  mfctl cr16,r4          @c+22   reads c+22: the round trip costs 22 - 2 = 20 cycles
;
; Then the same two accesses again, all hits: mfctl @c', ldw @c'+1, mfctl @c'+2.
	.include "common.inc"
	.set	PROT_RW_DIRTY, 0x11000000
	.set	VDATA, 0x00400000

	.section .text.start
	.globl _start
_start:
	SET_IVA ivt
	ldi	7,%r1
	mtsp	%r1,%sr1
	ldil	L%VDATA,%r10
	ssm	PSW_Q|PSW_D,%r0
	mfctl	%cr16,%r13
	ldw	0(%sr1,%r10),%r5
	mfctl	%cr16,%r4
	sub	%r4,%r13,%r6
	CHECK	%r6,22,1
	CHECK	%r5,0x5eed,2
	mfctl	%cr16,%r13
	ldw	4(%sr1,%r10),%r5
	mfctl	%cr16,%r4
	sub	%r4,%r13,%r6
	CHECK	%r6,2,3
	ldi	0,%r1
	HALT	%r1

handler:
	comib,=	15,%r8,dtlb
	nop
	ldo	100(%r8),%r8			; anything else is a failure
	HALT	%r8
dtlb:
	mfctl	%cr20,%r23
	mfctl	%cr21,%r24
	mtsp	%r23,%sr2
	ldil	L%page_a,%r3
	ldo	R%page_a(%r3),%r3
	extru	%r3,24,25,%r3
	idtlba	%r3,(%sr2,%r24)
	ldil	L%PROT_RW_DIRTY,%r2
	idtlbp	%r2,(%sr2,%r24)
	rfi
	nop

	IVT

	.data
	.align	4096
page_a:	.word	0x5eed, 0x5eed
