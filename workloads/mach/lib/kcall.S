; Kernel-call stubs: enter the kernel through the gateway page (the entry
; sequence is described in kernel_model/arch/gateway.S).
#include "pa730/kcall.h"
	.level	1.1
	.text

	.macro	KCALL name, number
	.globl	\name
\name:
	ldil	L%GATEWAY_ADDRESS,%r1
	ble	0(%sr2,%r1)
	ldi	\number,%r22
	bv,n	%r0(%rp)
	.endm

	KCALL	kc_exit, KC_EXIT
	KCALL	console_write, KC_CONSOLE_WRITE
	KCALL	task_self, KC_TASK_SELF
	KCALL	task_create, KC_TASK_CREATE
	KCALL	task_terminate, KC_TASK_TERMINATE
	KCALL	task_suspend, KC_TASK_SUSPEND
	KCALL	task_resume, KC_TASK_RESUME
	KCALL	thread_self, KC_THREAD_SELF
	KCALL	thread_create, KC_THREAD_CREATE
	KCALL	thread_exit, KC_THREAD_EXIT
	KCALL	thread_suspend, KC_THREAD_SUSPEND
	KCALL	thread_resume, KC_THREAD_RESUME
	KCALL	thread_wait, KC_THREAD_WAIT
	KCALL	thread_switch, KC_THREAD_SWITCH
	KCALL	vm_allocate, KC_VM_ALLOCATE
	KCALL	vm_deallocate, KC_VM_DEALLOCATE
	KCALL	vm_protect, KC_VM_PROTECT
	KCALL	cycle_probe, KC_CYCLE_PROBE
	KCALL	thread_terminate, KC_THREAD_TERMINATE
