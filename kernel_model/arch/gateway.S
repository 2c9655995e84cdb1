; The gateway page: how user code enters the kernel (the "kernel entry/exit"
; stage of the papers).
;
; The page sits at GATEWAY_ADDRESS (0x40000) in the kernel's space 0; the
; block TLB maps it with access rights type 4 (gateway, promote to
; privilege 0) executable from any level (bootstrap.cpp).  A kernel call,
; as the user library's stub makes it (include/pa730/kcall.h):
;
;     ldil  L%0x40000,%r1
;     ble   0(%sr2,%r1)          ; SR2 = 0 (the kernel's space), r31 = return
;     ldi   NUMBER,%r22          ; (delay slot) the kernel call number
;     ...                        ; arguments in r26..r23 and r21,r20,r19, result in r28
;
; The kernel call clobbers the caller-saved registers (r1, r19..r26, r28,
; r29, r31), SR0 and SR1, as a procedure call would; it preserves r2, r3..r18,
; dp and sp.
;
; Entry: GATE promotes to privilege 0.  Still on the user's stack and with
; SR7 = the task's space (interruptions here count as user context), we
; save rp, dp, sp, the return offset r31 and its space SR0 in the PCB, move
; to the thread's kernel stack, and only then set SR5..SR7 to the kernel's
; space 0 and call kernel_call() in C++ with the number as fifth argument.
; Exit: the reverse -- SR7 back to user before the user's sp -- and a BE to
; the caller, whose privilege (r31's low bits, 3) the branch drops back to.
#include "arch/pcb.h"
	.level	1.1

	.section .gateway,"ax"
	.globl	gateway_page
gateway_page:
	gate	1f,%r0
	nop
1:	mfctl	%cr30,%r1			; this thread's PCB
	mtsp	%r0,%sr4			; kernel space for the PCB stores
	stw	%r2,PCB_KC_RP(%r1)
	stw	%r27,PCB_KC_DP(%r1)
	stw	%r30,PCB_KC_SP(%r1)
	stw	%r31,PCB_KC_R31(%r1)
	mfsp	%sr0,%r28
	stw	%r28,PCB_KC_SR0(%r1)
	ldw	PCB_KSP(%r1),%sp
	mtsp	%r0,%sr5
	mtsp	%r0,%sr6
	mtsp	%r0,%sr7			; kernel context from here
	ldil	L%$global$,%dp
	ldo	R%$global$(%dp),%dp
	stw	%r21,-56(%sp)			; arguments 5..7 (kcall.h)
	stw	%r20,-60(%sp)
	stw	%r19,-64(%sp)
	bl	kernel_call,%rp
	stw	%r22,-52(%sp)			; fifth C argument: the call number

	mfctl	%cr30,%r1
	ldw	PCB_KC_RP(%r1),%r2
	ldw	PCB_KC_DP(%r1),%r27
	ldw	PCB_KC_SR0(%r1),%r20
	ldw	SS_SR(7)(%r1),%r21		; the task's space
	ldw	PCB_KC_SP(%r1),%r22
	ldw	PCB_KC_R31(%r1),%r31
	mtsp	%r20,%sr0
	mtsp	%r21,%sr7			; user context from here
	copy	%r22,%sp
	mtsp	%r21,%sr5
	mtsp	%r21,%sr6
	mtsp	%r21,%sr4
	be,n	0(%sr0,%r31)
	.align	4096
