; A guest that can never go on: with IVA still 0 (as after reset), BREAK
; sends the CPU to vector 9 at 0x120, where memory holds zeros -- another
; BREAK, forever.  No instruction ever completes and, without timing, no
; simulated time passes, so --max-cycles alone would never stop it: the
; simulator must name the loop and end the run (status 124, like a runaway).
	.include "common.inc"
	.section .text.start
	.globl _start
_start:
	break	0,0
	ldi	1,%r1				; not reached
	HALT	%r1
