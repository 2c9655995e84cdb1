; Saving and loading a thread's FP coprocessor state: the 32 double
; registers, status in fr0 included (kern/fpu.cpp decides when).
;   void fpu_save(uint64_t area[32]);  void fpu_restore(const uint64_t area[32]);
; The coprocessor must be enabled (CCR) while these run.
	.level	1.1
	.text
	.globl	fpu_save
fpu_save:
	fstds,ma	%fr0,8(%r26)
	fstds,ma	%fr1,8(%r26)
	fstds,ma	%fr2,8(%r26)
	fstds,ma	%fr3,8(%r26)
	fstds,ma	%fr4,8(%r26)
	fstds,ma	%fr5,8(%r26)
	fstds,ma	%fr6,8(%r26)
	fstds,ma	%fr7,8(%r26)
	fstds,ma	%fr8,8(%r26)
	fstds,ma	%fr9,8(%r26)
	fstds,ma	%fr10,8(%r26)
	fstds,ma	%fr11,8(%r26)
	fstds,ma	%fr12,8(%r26)
	fstds,ma	%fr13,8(%r26)
	fstds,ma	%fr14,8(%r26)
	fstds,ma	%fr15,8(%r26)
	fstds,ma	%fr16,8(%r26)
	fstds,ma	%fr17,8(%r26)
	fstds,ma	%fr18,8(%r26)
	fstds,ma	%fr19,8(%r26)
	fstds,ma	%fr20,8(%r26)
	fstds,ma	%fr21,8(%r26)
	fstds,ma	%fr22,8(%r26)
	fstds,ma	%fr23,8(%r26)
	fstds,ma	%fr24,8(%r26)
	fstds,ma	%fr25,8(%r26)
	fstds,ma	%fr26,8(%r26)
	fstds,ma	%fr27,8(%r26)
	fstds,ma	%fr28,8(%r26)
	fstds,ma	%fr29,8(%r26)
	fstds,ma	%fr30,8(%r26)
	fstds,ma	%fr31,8(%r26)
	bv,n	%r0(%rp)

	.globl	fpu_restore
fpu_restore:
	fldds,ma	8(%r26),%fr0
	fldds,ma	8(%r26),%fr1
	fldds,ma	8(%r26),%fr2
	fldds,ma	8(%r26),%fr3
	fldds,ma	8(%r26),%fr4
	fldds,ma	8(%r26),%fr5
	fldds,ma	8(%r26),%fr6
	fldds,ma	8(%r26),%fr7
	fldds,ma	8(%r26),%fr8
	fldds,ma	8(%r26),%fr9
	fldds,ma	8(%r26),%fr10
	fldds,ma	8(%r26),%fr11
	fldds,ma	8(%r26),%fr12
	fldds,ma	8(%r26),%fr13
	fldds,ma	8(%r26),%fr14
	fldds,ma	8(%r26),%fr15
	fldds,ma	8(%r26),%fr16
	fldds,ma	8(%r26),%fr17
	fldds,ma	8(%r26),%fr18
	fldds,ma	8(%r26),%fr19
	fldds,ma	8(%r26),%fr20
	fldds,ma	8(%r26),%fr21
	fldds,ma	8(%r26),%fr22
	fldds,ma	8(%r26),%fr23
	fldds,ma	8(%r26),%fr24
	fldds,ma	8(%r26),%fr25
	fldds,ma	8(%r26),%fr26
	fldds,ma	8(%r26),%fr27
	fldds,ma	8(%r26),%fr28
	fldds,ma	8(%r26),%fr29
	fldds,ma	8(%r26),%fr30
	fldds,ma	8(%r26),%fr31
	bv,n	%r0(%rp)
