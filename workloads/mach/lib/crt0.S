; Program start.  The kernel enters _start in user mode with sp past a
; frame marker at the bottom of the stack region (stacks grow up), r26 =
; argc and r25 = argv (the strings are on the stack; argv[0] is the module
; name).  mach_init() caches the task's port and bootstrap port, then
; main(argc, argv) runs and its value is the exit status.
	.level	1.1
	.section .text.start,"ax"
	.globl	_start
_start:
	ldil	L%$global$,%dp
	ldo	R%$global$(%dp),%dp
	copy	%r26,%r3			; argc (callee-saved across mach_init)
	copy	%r25,%r4			; argv
	bl	mach_init,%rp
	ldo	64(%sp),%sp			; (delay slot) a frame of our own
	copy	%r3,%r26
	bl	main,%rp
	copy	%r4,%r25
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
