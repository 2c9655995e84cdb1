; The program the gdb tests debug (pa730 boot --gdb, see run_gdb_test.sh).
; It counts r4 up to 5, loads two known words, and halts with
; status r4 + second word: 5 + 2 = 7 unless the debugger changed something.
	.include "common.inc"
	.section .text.start
	.globl _start
_start:
	ldi	5,%r3
	ldi	0,%r4
	.globl loop
loop:
	addib,>	-1,%r3,loop		; r3 = 5..1: the delay slot runs 5 times
	ldo	1(%r4),%r4
	.globl marker
marker:
	ldil	L%0x12345678,%r1
	ldo	R%0x12345678(%r1),%r1
	ldil	L%words,%r5
	ldo	R%words(%r5),%r5
	ldw	0(%r5),%r6		; 0xdeadbeef
	ldw	4(%r5),%r7		; 2
	add	%r4,%r7,%r8
	.globl finish
finish:
	HALT	%r8

	.data
	.globl words
words:
	.word	0xdeadbeef
	.word	2
