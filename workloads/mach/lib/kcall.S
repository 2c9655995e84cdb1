; Kernel-call stubs: enter the kernel through the gateway page (the entry
; sequence is described in kernel_model/arch/gateway.S; the numbers and
; argument lists are pa730/kcall.h's).  Arguments 1..4 are already in
; r26..r23; arguments 5..7 are loaded from the caller's frame into r21, r20,
; r19.  The result comes back in r28.
#include "pa730/kcall.h"
#include "pa730/stages.h"
	.level	1.1
	.text

	; KCALL name, number, args: a stub with `args` arguments.
	.macro	KCALL name, number, args=0
	.globl	\name
	.type	\name,@function
\name:
	.if	\args >= 5
	ldw	-52(%sp),%r21
	.endif
	.if	\args >= 6
	ldw	-56(%sp),%r20
	.endif
	.if	\args >= 7
	ldw	-60(%sp),%r19
	.endif
	ldil	L%GATEWAY_ADDRESS,%r1
	ble	0(%sr2,%r1)
	ldi	\number,%r22
	bv,n	%r0(%rp)
	.endm

	; ---- the original calls on integer ids (libmach.h: kc_*) ----
	KCALL	kc_exit, KC_EXIT
	KCALL	kc_console_write, KC_CONSOLE_WRITE
	KCALL	kc_task_self, KC_TASK_SELF
	KCALL	kc_task_create, KC_TASK_CREATE
	KCALL	kc_task_terminate, KC_TASK_TERMINATE
	KCALL	kc_task_suspend, KC_TASK_SUSPEND
	KCALL	kc_task_resume, KC_TASK_RESUME
	KCALL	kc_thread_self, KC_THREAD_SELF
	KCALL	kc_thread_create, KC_THREAD_CREATE
	KCALL	kc_thread_exit, KC_THREAD_EXIT
	KCALL	kc_thread_suspend, KC_THREAD_SUSPEND
	KCALL	kc_thread_resume, KC_THREAD_RESUME
	KCALL	kc_thread_wait, KC_THREAD_WAIT
	KCALL	kc_thread_switch, KC_THREAD_SWITCH
	KCALL	kc_vm_allocate, KC_VM_ALLOCATE
	KCALL	kc_vm_deallocate, KC_VM_DEALLOCATE
	KCALL	kc_vm_protect, KC_VM_PROTECT
	KCALL	kc_cycle_probe, KC_CYCLE_PROBE
	KCALL	kc_thread_terminate, KC_THREAD_TERMINATE

	; ---- Mach 3.0 calls on port names (mach/mach_traps.h, mach_interface.h) ----
	; mach_msg_trap: the marker MT_ENTRY_EXIT_SENDER right before the
	; gateway branch (not in a delay slot): kernel entry/exit of the
	; sender starts there (pa730/stages.h).
	.globl	mach_msg_trap
	.type	mach_msg_trap,@function
mach_msg_trap:
	ldw	-52(%sp),%r21
	ldw	-56(%sp),%r20
	ldw	-60(%sp),%r19
	ldil	L%GATEWAY_ADDRESS,%r1
#ifndef PA730_NO_MARKERS
	ldo	MT_ENTRY_EXIT_SENDER(%r0),%r0
#endif
	ble	0(%sr2,%r1)
	ldi	KC_MACH_MSG_TRAP,%r22
	bv,n	%r0(%rp)

	KCALL	mach_reply_port, KC_MACH_REPLY_PORT
	KCALL	task_self_trap, KC_MACH_TASK_SELF
	KCALL	thread_self_trap, KC_MACH_THREAD_SELF
	KCALL	host_self_trap, KC_MACH_HOST_SELF
	KCALL	mach_thread_self, KC_MACH_THREAD_SELF
	KCALL	mach_host_self, KC_MACH_HOST_SELF
	KCALL	mach_port_allocate, KC_MACH_PORT_ALLOCATE
	KCALL	mach_port_deallocate, KC_MACH_PORT_DEALLOCATE
	KCALL	mach_port_destroy, KC_MACH_PORT_DESTROY
	KCALL	mach_port_mod_refs, KC_MACH_PORT_MOD_REFS
	KCALL	mach_port_insert_right, KC_MACH_PORT_INSERT_RIGHT
	KCALL	mach_port_get_refs, KC_MACH_PORT_GET_REFS
	KCALL	mach_port_move_member, KC_MACH_PORT_MOVE_MEMBER
	KCALL	mach_port_request_notification, KC_MACH_PORT_REQUEST_NOTIFICATION, 7
	KCALL	mach_port_set_qlimit, KC_MACH_PORT_SET_QLIMIT
	KCALL	mach_port_type, KC_MACH_PORT_TYPE
	KCALL	task_create, KC_MACH_TASK_CREATE
	KCALL	task_terminate, KC_MACH_TASK_TERMINATE
	KCALL	task_suspend, KC_MACH_TASK_SUSPEND
	KCALL	task_resume, KC_MACH_TASK_RESUME
	KCALL	thread_create, KC_MACH_THREAD_CREATE
	KCALL	thread_get_state, KC_MACH_THREAD_GET_STATE
	KCALL	thread_set_state, KC_MACH_THREAD_SET_STATE
	KCALL	thread_resume, KC_MACH_THREAD_RESUME
	KCALL	thread_suspend, KC_MACH_THREAD_SUSPEND
	KCALL	thread_terminate, KC_MACH_THREAD_TERMINATE
	KCALL	host_get_time, KC_MACH_HOST_GET_TIME
	KCALL	task_get_bootstrap_port, KC_MACH_TASK_GET_BOOTSTRAP_PORT
	KCALL	bootstrap_register, KC_MACH_BOOTSTRAP_REGISTER
	KCALL	bootstrap_look_up, KC_MACH_BOOTSTRAP_LOOK_UP
	KCALL	mach_ipc_statistics, KC_MACH_IPC_STATISTICS
	KCALL	vm_allocate, KC_MACH_VM_ALLOCATE
	KCALL	vm_deallocate, KC_MACH_VM_DEALLOCATE
	KCALL	vm_protect, KC_MACH_VM_PROTECT, 5
