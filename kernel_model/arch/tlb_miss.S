; Software TLB refill: the ITLB/DTLB miss handlers and the TLB dirty-bit
; handler, entered from their IVT slots (locore.S) untranslated, with PSW Q
; clear, offset in r8, space in r9 and virtual page number in r16.
;
; They use only the shadowed registers (r1 r8 r9 r16 r17 r24 r25: the
; interruption copied them to the shadow registers, RFIR copies them back),
; so a successful refill saves and restores nothing -- as HP-UX, Utah Mach
; and Linux do on PA 1.1.  SR1 is the kernel's scratch space register for
; the insert (user code must not rely on it, as on Linux).
;
; The page table is a hashed page table (vm/pmap.h): 4096 buckets of 32-byte
; entries {space, vpn, TLB address word, TLB protection word, next}; the
; bucket is (vpn ^ (space << 6)) mod 4096.  One probe is one cache line.
; No entry: the interruption becomes a fault for trap() (vm_fault may
; resolve it, or the task is killed).
#include "arch/pcb.h"
	.level	1.1

	.set	HPT_SPACE, 0
	.set	HPT_VPN, 4
	.set	HPT_TLB_A, 8
	.set	HPT_TLB_P, 12
	.set	HPT_NEXT, 16

	; r1 <- the entry for (r9 space, r16 vpn), or branch to \missing.
	.macro	HPT_LOOKUP missing
	zdep	%r9,25,26,%r17			; space << 6
	xor	%r16,%r17,%r17
	zdep	%r17,26,12,%r17			; (bucket mod 4096) * 32
	ldil	L%hpt,%r1
	ldo	R%hpt(%r1),%r1
	add	%r1,%r17,%r1
1:	ldw	HPT_SPACE(%r1),%r24
	ldw	HPT_VPN(%r1),%r25
	comb,<>,n %r24,%r9,2f
	comb,=,n %r25,%r16,3f
2:	ldw	HPT_NEXT(%r1),%r1
	comib,<> 0,%r1,1b
	nop
	b,n	\missing
3:
	.endm

	; A miss handler: look the page up, insert both halves of the
	; translation (\side: i or d), return; no entry: fault \code.
	.macro	REFILL_HANDLER name, side, code
	.globl	\name
\name:
	HPT_LOOKUP \name\()_fault
	ldw	HPT_TLB_A(%r1),%r24
	ldw	HPT_TLB_P(%r1),%r25
	mtsp	%r9,%sr1
	i\side\()tlba	%r24,(%sr1,%r8)
	i\side\()tlbp	%r25,(%sr1,%r8)
	rfir
	nop
\name\()_fault:
	b	trap_common_shadowed
	ldi	\code,%r8
	.endm

	.text
	REFILL_HANDLER itlb_refill, i, 6
	REFILL_HANDLER dtlb_refill, d, 15
	; Non-access instructions (probe, LPA, cache flushes) miss the same way.
	REFILL_HANDLER nadtlb_refill, d, 17

; First store to a clean page: record the modification in the page table
; (Mach's "modify bit") and re-insert the translation with D set.
	.globl	dirty_refill
dirty_refill:
	HPT_LOOKUP dirty_fault
	ldw	HPT_TLB_P(%r1),%r25
	ldw	HPT_TLB_A(%r1),%r24
	depi	1,3,1,%r25			; D
	stw	%r25,HPT_TLB_P(%r1)
	mtsp	%r9,%sr1
	idtlba	%r24,(%sr1,%r8)
	idtlbp	%r25,(%sr1,%r8)
	rfir
	nop
dirty_fault:
	b	trap_common_shadowed
	ldi	20,%r8
