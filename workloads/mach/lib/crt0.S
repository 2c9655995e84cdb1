; Program start: the kernel enters at _start in user mode with sp at the
; bottom of the stack region (stacks grow up) and r26 = the task id.
	.level	1.1
	.section .text.start,"ax"
	.globl	_start
_start:
	ldil	L%$global$,%dp
	ldo	R%$global$(%dp),%dp
	bl	main,%rp
	nop
	bl	exit,%rp
	copy	%r28,%r26

; A thread made by thread_spawn (lib/thread.c) starts here with r26 =
; its start block.
	.text
	.globl	__thread_entry
__thread_entry:
	ldil	L%$global$,%dp
	ldo	R%$global$(%dp),%dp
	bl	__thread_start,%rp
	nop
