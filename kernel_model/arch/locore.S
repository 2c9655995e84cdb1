; Kernel entry from reset and from every interruption.
;
; Reset: the simulator starts us untranslated at privilege 0 with PSW 0.
; We set up dp (gcc's data pointer) and the boot stack (PA-RISC stacks grow
; up: sp points just past the caller's frame marker), point IVA at the
; vector table and call kernel_main.
;
; Interruptions: each 32-byte IVT slot parks r1 and r8 in the temporary
; control registers (the hardware left PSW Q, D, I clear), loads its number
; and joins trap_common, which saves everything into trap_frame
; (arch/saved_state.h) at the address CR30 holds -- the running thread's
; saved state -- calls trap(frame) in C++ on the kernel stack, then restores
; everything -- including both entries of the interruption queues -- from
; CR30 again (trap() may have switched threads) and returns with RFI.
	.level	1.1

	.set	SS_SAR, 128
	.set	SS_IIASQ, 132
	.set	SS_IIAOQ, 140
	.set	SS_IPSW, 148
	.set	SS_IIR, 152
	.set	SS_ISR, 156
	.set	SS_IOR, 160
	.set	SS_CODE, 164
	.set	PSW_Q, 8

	.section .text.start,"ax"
	.globl	_start
_start:
	ldil	L%$global$,%dp
	ldo	R%$global$(%dp),%dp
	ldil	L%boot_stack,%sp
	ldo	R%boot_stack+64(%sp),%sp
	ldil	L%ivt,%r1
	ldo	R%ivt(%r1),%r1
	mtctl	%r1,%cr14
	ldil	L%trap_frame,%r1		; CR30: where the running thread's
	ldo	R%trap_frame(%r1),%r1		; interruptions save its state
	mtctl	%r1,%cr30
	ssm	PSW_Q,%r0			; collect interruption state from now on
	bl	kernel_main,%rp
	nop
	; kernel_main does not return
	ldi	70,%r1
	ldil	L%0xf0001000,%r31
	stwas	%r1,0(%r31)
0:	b,n	0b

	.text
	.macro	SAVE_GR reg, off
	stw	\reg,\off(%r1)
	.endm
	.macro	LOAD_GR reg, off
	ldw	\off(%r1),\reg
	.endm

trap_common:
	mfctl	%cr30,%r1			; the running thread's saved state
	stw	%r8,SS_CODE(%r1)
	SAVE_GR	%r2,8
	SAVE_GR	%r3,12
	SAVE_GR	%r4,16
	SAVE_GR	%r5,20
	SAVE_GR	%r6,24
	SAVE_GR	%r7,28
	SAVE_GR	%r9,36
	SAVE_GR	%r10,40
	SAVE_GR	%r11,44
	SAVE_GR	%r12,48
	SAVE_GR	%r13,52
	SAVE_GR	%r14,56
	SAVE_GR	%r15,60
	SAVE_GR	%r16,64
	SAVE_GR	%r17,68
	SAVE_GR	%r18,72
	SAVE_GR	%r19,76
	SAVE_GR	%r20,80
	SAVE_GR	%r21,84
	SAVE_GR	%r22,88
	SAVE_GR	%r23,92
	SAVE_GR	%r24,96
	SAVE_GR	%r25,100
	SAVE_GR	%r26,104
	SAVE_GR	%r27,108
	SAVE_GR	%r28,112
	SAVE_GR	%r29,116
	SAVE_GR	%r30,120
	SAVE_GR	%r31,124
	mfctl	%cr24,%r2			; the interrupted r1
	SAVE_GR	%r2,4
	mfctl	%cr25,%r2			; the interrupted r8
	SAVE_GR	%r2,32
	mfctl	%sar,%r2
	stw	%r2,SS_SAR(%r1)
	; Both entries of each interruption queue: read the front, push to
	; bring the back forward, read it.
	mfctl	%cr17,%r2
	stw	%r2,SS_IIASQ(%r1)
	mtctl	%r0,%cr17
	mfctl	%cr17,%r2
	stw	%r2,SS_IIASQ+4(%r1)
	mfctl	%cr18,%r2
	stw	%r2,SS_IIAOQ(%r1)
	mtctl	%r0,%cr18
	mfctl	%cr18,%r2
	stw	%r2,SS_IIAOQ+4(%r1)
	mfctl	%cr22,%r2
	stw	%r2,SS_IPSW(%r1)
	mfctl	%cr19,%r2
	stw	%r2,SS_IIR(%r1)
	mfctl	%cr20,%r2
	stw	%r2,SS_ISR(%r1)
	mfctl	%cr21,%r2
	stw	%r2,SS_IOR(%r1)

	; C++ environment: dp, and a stack.  Interrupted kernel code keeps its
	; stack (everything above sp is free); anything else gets the top of
	; the kernel stack.
	ldil	L%$global$,%dp
	ldo	R%$global$(%dp),%dp
	ldw	SS_IIAOQ(%r1),%r2
	extru	%r2,31,2,%r2
	comib,=,n	0,%r2,1f
	ldil	L%kernel_stack,%sp
	ldo	R%kernel_stack(%sp),%sp
1:	ldo	127(%sp),%sp			; round up to 64 and leave a frame marker
	depi	0,31,6,%sp
	copy	%r1,%r26
	bl	trap,%rp
	nop

	; Back -- perhaps as another thread, if trap() switched: restore the
	; state CR30 names now, with interruptions and state collection off.
	rsm	9,%r0				; PSW Q | I
	mfctl	%cr30,%r1
	ldw	SS_IIASQ(%r1),%r2
	mtctl	%r2,%cr17
	ldw	SS_IIASQ+4(%r1),%r2
	mtctl	%r2,%cr17
	ldw	SS_IIAOQ(%r1),%r2
	mtctl	%r2,%cr18
	ldw	SS_IIAOQ+4(%r1),%r2
	mtctl	%r2,%cr18
	ldw	SS_IPSW(%r1),%r2
	mtctl	%r2,%cr22
	ldw	SS_SAR(%r1),%r2
	mtctl	%r2,%sar
	LOAD_GR	%r2,8
	LOAD_GR	%r3,12
	LOAD_GR	%r4,16
	LOAD_GR	%r5,20
	LOAD_GR	%r6,24
	LOAD_GR	%r7,28
	LOAD_GR	%r8,32
	LOAD_GR	%r9,36
	LOAD_GR	%r10,40
	LOAD_GR	%r11,44
	LOAD_GR	%r12,48
	LOAD_GR	%r13,52
	LOAD_GR	%r14,56
	LOAD_GR	%r15,60
	LOAD_GR	%r16,64
	LOAD_GR	%r17,68
	LOAD_GR	%r18,72
	LOAD_GR	%r19,76
	LOAD_GR	%r20,80
	LOAD_GR	%r21,84
	LOAD_GR	%r22,88
	LOAD_GR	%r23,92
	LOAD_GR	%r24,96
	LOAD_GR	%r25,100
	LOAD_GR	%r26,104
	LOAD_GR	%r27,108
	LOAD_GR	%r28,112
	LOAD_GR	%r29,116
	LOAD_GR	%r30,120
	LOAD_GR	%r31,124
	LOAD_GR	%r1,4
	rfi
	nop

	.macro	VECTOR n
	mtctl	%r1,%cr24
	mtctl	%r8,%cr25
	ldi	\n,%r8
	b,n	trap_common
	nop
	nop
	nop
	nop
	.endm

	.align	2048
	.globl	ivt
ivt:
	VECTOR	0
	VECTOR	1
	VECTOR	2
	VECTOR	3
	VECTOR	4
	VECTOR	5
	VECTOR	6
	VECTOR	7
	VECTOR	8
	VECTOR	9
	VECTOR	10
	VECTOR	11
	VECTOR	12
	VECTOR	13
	VECTOR	14
	VECTOR	15
	VECTOR	16
	VECTOR	17
	VECTOR	18
	VECTOR	19
	VECTOR	20
	VECTOR	21
	VECTOR	22
	VECTOR	23
	VECTOR	24
	VECTOR	25
	VECTOR	26
	VECTOR	27
	VECTOR	28
	VECTOR	29
	VECTOR	30
	VECTOR	31

	.bss
	.align	64
	.globl	trap_frame
trap_frame:
	.block	168
	.align	64
boot_stack:
	.block	16384
	.align	64
kernel_stack:
	.block	16384
