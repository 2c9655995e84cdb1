; Never ends by itself: for the raw-protocol tests (Ctrl-C, kill, a
; connection closed while the guest runs).
	.include "common.inc"
	.section .text.start
	.globl _start
_start:
	ldi	0,%r3
	.globl spin
spin:
	b	spin
	ldo	1(%r3),%r3		; delay slot: counts the turns

	.data
	.globl cell
cell:
	.word	0x01020304
