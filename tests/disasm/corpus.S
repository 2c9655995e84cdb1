; Disassembler corpus: every PA-RISC 1.1 instruction form and completer the
; GNU assembler accepts, plus a sample of PA-RISC 2.0 forms.
;
; tests/unit/test_disasm.cpp assembles this file with hppa-linux-gnu-as,
; disassembles it with hppa-linux-gnu-objdump and requires pa::disassemble
; to print exactly objdump's text for every word.
;
; Only local (.L) labels are used, so branches resolve inside the object and
; objdump has no symbol to annotate targets with except the section start.
	.level 1.1
	.text
	.align 4
.Lstart:

; ---------------------------------------------------------------------------
; 14-bit displacement loads and stores, with and without space registers
	ldw 0(%r3),%r4
	ldw -4(%r30),%r26
	ldw 8188(%r27),%r28
	ldw -8192(%r1),%r31
	ldw 12(%sr1,%r5),%r6
	ldw 12(%sr3,%r5),%r6
	ldh 2(%r3),%r4
	ldh -2(%sr2,%r3),%r4
	ldb 1(%r3),%r4
	ldb -1(%sr0,%r3),%r4
	ldb 4095(%r3),%r4
	stw %r4,0(%r3)
	stw %r26,-36(%r30)
	stw %r2,-20(%r30)
	stw %r4,16(%sr2,%r3)
	sth %r4,2(%r3)
	sth %r4,-6(%sr1,%r3)
	stb %r4,1(%r3)
	stb %r4,-4096(%sr3,%r3)
	ldwm 64(%r30),%r3
	ldwm -64(%r30),%r3
	ldwm 8(%sr1,%r30),%r3
	stwm %r3,128(%r30)
	stwm %r3,-128(%r30)
	stwm %r3,-8(%sr2,%r30)
	ldo 0(%r0),%r3
	ldo 1(%r0),%r3
	ldo -1(%r0),%r3
	ldo 128(%r30),%r30
	ldo -128(%r30),%r30
	ldo 8191(%r5),%r6
	ldo -8192(%r5),%r6
	ldil L'0x12345000,%r1
	ldil L'0xfffff800,%r19
	ldil L'0,%r3
	ldil L'0x80000000,%r3
	addil L'0x3000,%r27
	addil L'-0x800,%r1
	addil L'0x7ffff800,%r3

; ---------------------------------------------------------------------------
; indexed loads: modify / scale / space register / cache hints
	ldwx %r3(%r4),%r5
	ldwx,s %r3(%r4),%r5
	ldwx,m %r3(%r4),%r5
	ldwx,sm %r3(%r4),%r5
	ldwx %r3(%sr1,%r4),%r5
	ldwx,sm %r3(%sr3,%r4),%r5
	ldhx %r3(%r4),%r5
	ldhx,s %r3(%r4),%r5
	ldhx,m %r3(%sr2,%r4),%r5
	ldbx %r3(%r4),%r5
	ldbx,sm %r3(%r4),%r5
	ldbx %r0(%sr1,%r4),%r5
	ldwax %r3(%r4),%r5
	ldwax,s %r3(%r4),%r5
	ldwax,m %r3(%r4),%r5
	ldwax,sm %r3(%r4),%r5
	ldcwx %r3(%r4),%r5
	ldcwx,s %r3(%r4),%r5
	ldcwx,m %r3(%sr1,%r4),%r5
	ldcwx,sm %r3(%r4),%r5

; short-displacement loads and stores: modify before/after
	ldws 0(%r3),%r4
	ldws 15(%r3),%r4
	ldws -16(%r3),%r4
	ldws,ma 4(%r3),%r4
	ldws,mb -4(%r3),%r4
	ldws,ma 0(%r3),%r4
	ldws,mb 0(%r3),%r4
	ldws 4(%sr2,%r3),%r4
	ldws,ma 0(%sr1,%r3),%r4
	ldhs 2(%r3),%r4
	ldhs,ma 2(%r3),%r4
	ldhs,mb -2(%sr1,%r3),%r4
	ldbs 1(%r3),%r4
	ldbs,ma 1(%r3),%r4
	ldbs,mb -1(%r3),%r4
	ldwas 4(%r3),%r4
	ldwas,ma 4(%r3),%r4
	ldwas,mb -4(%r3),%r4
	ldwas,ma 0(%r3),%r4
	ldcws 0(%r3),%r4
	ldcws,ma 4(%r3),%r4
	ldcws,mb -4(%sr2,%r3),%r4
	stws %r4,0(%r3)
	stws %r4,-16(%r3)
	stws,ma %r4,4(%r3)
	stws,mb %r4,-4(%r3)
	stws,ma %r4,0(%r3)
	stws %r4,8(%sr3,%r3)
	sths %r4,2(%r3)
	sths,ma %r4,2(%sr1,%r3)
	sths,mb %r4,-2(%r3)
	stbs %r4,1(%r3)
	stbs,ma %r4,1(%r3)
	stbs,mb %r4,-1(%r3)
	stbs,ma %r4,0(%r3)
	stwas %r4,4(%r3)
	stwas,ma %r4,4(%r3)
	stwas,mb %r4,-4(%r3)
	stwas,ma %r4,0(%r3)
	stbys %r4,0(%r3)
	stbys,b %r4,1(%r3)
	stbys,e %r4,2(%r3)
	stbys,b,m %r4,3(%r3)
	stbys,e,m %r4,-3(%r3)
	stbys,e %r4,0(%sr2,%r3)

; ---------------------------------------------------------------------------
; three-register arithmetic and logical, with conditions
	add %r1,%r2,%r3
	add,= %r1,%r2,%r3
	add,< %r4,%r5,%r6
	add,<= %r4,%r5,%r6
	add,nuv %r4,%r5,%r6
	add,znv %r4,%r5,%r6
	add,sv %r4,%r5,%r6
	add,od %r4,%r5,%r6
	add,tr %r4,%r5,%r6
	add,<> %r4,%r5,%r6
	add,>= %r4,%r5,%r6
	add,> %r4,%r5,%r6
	add,uv %r4,%r5,%r6
	add,vnz %r4,%r5,%r6
	add,nsv %r4,%r5,%r6
	add,ev %r4,%r5,%r6
	addl %r26,%r25,%r28
	addl,= %r26,%r25,%r28
	addl,nuv %r26,%r25,%r28
	addo %r26,%r25,%r28
	addo,<> %r26,%r25,%r28
	addc %r26,%r25,%r28
	addc,uv %r26,%r25,%r28
	addco %r26,%r25,%r28
	addco,ev %r26,%r25,%r28
	sh1add %r3,%r4,%r5
	sh1add,< %r3,%r4,%r5
	sh1addl %r3,%r4,%r5
	sh1addl,tr %r3,%r4,%r5
	sh1addo %r3,%r4,%r5
	sh2add %r3,%r4,%r5
	sh2addl %r3,%r4,%r5
	sh2addl,od %r3,%r4,%r5
	sh2addo %r3,%r4,%r5
	sh3add %r3,%r4,%r5
	sh3addl %r3,%r4,%r5
	sh3addo,nsv %r3,%r4,%r5
	sub %r1,%r2,%r3
	sub,= %r1,%r2,%r3
	sub,< %r1,%r2,%r3
	sub,<= %r1,%r2,%r3
	sub,<< %r1,%r2,%r3
	sub,<<= %r1,%r2,%r3
	sub,sv %r1,%r2,%r3
	sub,od %r1,%r2,%r3
	sub,tr %r1,%r2,%r3
	sub,<> %r1,%r2,%r3
	sub,>= %r1,%r2,%r3
	sub,> %r1,%r2,%r3
	sub,>>= %r1,%r2,%r3
	sub,>> %r1,%r2,%r3
	sub,nsv %r1,%r2,%r3
	sub,ev %r1,%r2,%r3
	subo %r1,%r2,%r3
	subo,>>= %r1,%r2,%r3
	subb %r1,%r2,%r3
	subb,<< %r1,%r2,%r3
	subbo %r1,%r2,%r3
	subt %r1,%r2,%r3
	subt,<> %r1,%r2,%r3
	subto %r1,%r2,%r3
	subto,> %r1,%r2,%r3
	ds %r1,%r2,%r3
	ds,< %r1,%r2,%r3
	comclr %r1,%r2,%r3
	comclr,= %r1,%r2,%r0
	comclr,<> %r1,%r2,%r0
	comclr,<<= %r1,%r2,%r0
	comclr,>> %r1,%r2,%r0
	comclr,ev %r1,%r2,%r0
	or %r1,%r2,%r3
	or %r0,%r0,%r0
	or %r5,%r0,%r6
	or %r0,%r5,%r6
	or,= %r1,%r2,%r3
	or,< %r1,%r2,%r3
	or,<= %r1,%r2,%r3
	or,od %r1,%r2,%r3
	or,tr %r1,%r2,%r3
	or,<> %r1,%r2,%r3
	or,>= %r1,%r2,%r3
	or,> %r1,%r2,%r3
	or,ev %r1,%r2,%r3
	or,= %r5,%r0,%r6
	xor %r1,%r2,%r3
	xor,<> %r1,%r2,%r3
	and %r1,%r2,%r3
	and,= %r1,%r2,%r3
	and,ev %r1,%r2,%r3
	andcm %r1,%r2,%r3
	andcm,od %r1,%r2,%r3
	uxor %r1,%r2,%r3
	uxor,sbz %r1,%r2,%r3
	uxor,shz %r1,%r2,%r3
	uxor,nbz %r1,%r2,%r3
	uxor,nhz %r1,%r2,%r3
	uxor,tr %r1,%r2,%r3
	uaddcm %r1,%r2,%r3
	uaddcm,sdc %r1,%r2,%r3
	uaddcm,sbc %r1,%r2,%r3
	uaddcm,shc %r1,%r2,%r3
	uaddcm,ndc %r1,%r2,%r3
	uaddcm,nbc %r1,%r2,%r3
	uaddcm,nhc %r1,%r2,%r3
	uaddcmt %r1,%r2,%r3
	uaddcmt,sbc %r1,%r2,%r3
	dcor %r4,%r5
	dcor,sdc %r4,%r5
	idcor %r4,%r5
	idcor,nbc %r4,%r5

; ---------------------------------------------------------------------------
; 11-bit immediate arithmetic
	addi 1,%r3,%r4
	addi -1,%r3,%r4
	addi 1023,%r3,%r4
	addi -1024,%r3,%r4
	addi,= 5,%r3,%r4
	addi,<> 5,%r3,%r4
	addi,nuv 5,%r3,%r4
	addi,ev 5,%r3,%r4
	addio 5,%r3,%r4
	addio,< 5,%r3,%r4
	addit 5,%r3,%r4
	addit,znv 5,%r3,%r4
	addito 5,%r3,%r4
	addito,tr 5,%r3,%r4
	subi 0,%r3,%r4
	subi 31,%r3,%r4
	subi,<< -7,%r3,%r4
	subi,>>= -7,%r3,%r4
	subio 7,%r3,%r4
	subio,sv 7,%r3,%r4
	comiclr 0,%r3,%r0
	comiclr,= 12,%r3,%r0
	comiclr,<> -12,%r3,%r0
	comiclr,<<= 100,%r3,%r4
	comiclr,> 100,%r3,%r4
	comiclr,nsv -1024,%r3,%r4

; ---------------------------------------------------------------------------
; shift, extract, deposit
	vshd %r3,%r4,%r5
	vshd,= %r3,%r4,%r5
	vshd,ev %r3,%r4,%r5
	shd %r3,%r4,0,%r5
	shd %r3,%r4,1,%r5
	shd %r3,%r4,31,%r5
	shd,< %r3,%r4,16,%r5
	shd,tr %r3,%r4,8,%r5
	vextru %r3,1,%r4
	vextru %r3,32,%r4
	vextru,= %r3,8,%r4
	vextrs %r3,16,%r4
	vextrs,od %r3,16,%r4
	extru %r3,31,1,%r4
	extru %r3,31,32,%r4
	extru,= %r3,15,16,%r4
	extru,<> %r3,7,8,%r4
	extrs %r3,31,8,%r4
	extrs,< %r3,23,8,%r4
	extrs,>= %r3,0,1,%r4
	zvdep %r3,1,%r4
	zvdep %r3,32,%r4
	zvdep,<> %r3,8,%r4
	vdep %r3,16,%r4
	vdep,ev %r3,16,%r4
	zdep %r3,31,1,%r4
	zdep %r3,0,1,%r4
	zdep,= %r3,15,16,%r4
	dep %r3,31,8,%r4
	dep,od %r3,7,8,%r4
	zvdepi 1,1,%r4
	zvdepi -1,32,%r4
	zvdepi,= -16,8,%r4
	vdepi 15,16,%r4
	vdepi,< 0,16,%r4
	zdepi 1,31,1,%r4
	zdepi -1,15,16,%r4
	zdepi,tr 5,7,4,%r4
	depi 0,31,1,%r4
	depi -1,31,32,%r4
	depi,>= 3,23,2,%r4

; ---------------------------------------------------------------------------
; branches (targets are local labels; objdump shows addresses)
.Lb0:
	bl .Lb0,%r2
	bl,n .Lb1,%r2
	bl .Lb1,%r0
	bl,n .Lb0,%r31
	gate .Lb1,%r0
	gate,n .Lb1,%r3
	blr %r3,%r0
	blr,n %r3,%r2
	blr %r0,%r2
	bv %r0(%r2)
	bv,n %r0(%r2)
	bv %r3(%r4)
	bv,n %r5(%r31)
	be 0(%sr0,%r3)
	be,n 4(%sr4,%r31)
	be -4(%sr7,%r1)
	be 0x3fffc(%sr5,%r2)
	be -0x40000(%sr6,%r2)
	ble 0(%sr0,%r3)
	ble,n 100(%sr4,%r31)
	ble -100(%sr3,%r1)
.Lb1:
	combt %r3,%r4,.Lb0
	combt,= %r3,%r4,.Lb0
	combt,< %r3,%r4,.Lb1
	combt,<= %r3,%r4,.Lb2
	combt,<< %r3,%r4,.Lb2
	combt,<<= %r3,%r4,.Lb2
	combt,sv %r3,%r4,.Lb2
	combt,od,n %r3,%r4,.Lb2
	combf %r3,%r4,.Lb0
	combf,= %r3,%r4,.Lb0
	combf,< %r3,%r4,.Lb1
	combf,<=,n %r3,%r4,.Lb2
	combf,<<,n %r3,%r4,.Lb2
	combf,<<= %r3,%r4,.Lb2
	combf,sv %r3,%r4,.Lb2
	combf,od %r3,%r4,.Lb2
	comibt 0,%r4,.Lb0
	comibt,= 5,%r4,.Lb0
	comibt,< -16,%r4,.Lb1
	comibt,<=,n 15,%r4,.Lb2
	comibt,<< 1,%r4,.Lb2
	comibt,<<= 1,%r4,.Lb2
	comibt,sv 1,%r4,.Lb2
	comibt,od 1,%r4,.Lb2
	comibf 0,%r4,.Lb0
	comibf,= 5,%r4,.Lb0
	comibf,< -16,%r4,.Lb1
	comibf,<= 15,%r4,.Lb2
	comibf,<<,n 1,%r4,.Lb2
	comibf,<<= 1,%r4,.Lb2
	comibf,sv 1,%r4,.Lb2
	comibf,od 1,%r4,.Lb2
	addbt %r3,%r4,.Lb0
	addbt,= %r3,%r4,.Lb0
	addbt,< %r3,%r4,.Lb1
	addbt,<= %r3,%r4,.Lb2
	addbt,nuv %r3,%r4,.Lb2
	addbt,znv,n %r3,%r4,.Lb2
	addbt,sv %r3,%r4,.Lb2
	addbt,od %r3,%r4,.Lb2
	addbf %r3,%r4,.Lb0
	addbf,= %r3,%r4,.Lb0
	addbf,<,n %r3,%r4,.Lb1
	addbf,<= %r3,%r4,.Lb2
	addbf,nuv %r3,%r4,.Lb2
	addbf,znv %r3,%r4,.Lb2
	addbf,sv %r3,%r4,.Lb2
	addbf,od %r3,%r4,.Lb2
	addibt -1,%r4,.Lb0
	addibt,= -1,%r4,.Lb0
	addibt,< 1,%r4,.Lb1
	addibt,<=,n 15,%r4,.Lb2
	addibt,nuv -16,%r4,.Lb2
	addibt,znv 3,%r4,.Lb2
	addibt,sv 3,%r4,.Lb2
	addibt,od 3,%r4,.Lb2
	addibf -1,%r4,.Lb0
	addibf,= -1,%r4,.Lb0
	addibf,< 1,%r4,.Lb1
	addibf,<= 15,%r4,.Lb2
	addibf,nuv,n -16,%r4,.Lb2
	addibf,znv 3,%r4,.Lb2
	addibf,sv 3,%r4,.Lb2
	addibf,od 3,%r4,.Lb2
	movb %r3,%r4,.Lb0
	movb,= %r3,%r4,.Lb1
	movb,<,n %r3,%r4,.Lb2
	movb,od %r3,%r4,.Lb2
	movb,tr %r3,%r4,.Lb2
	movb,<> %r3,%r4,.Lb2
	movb,>= %r3,%r4,.Lb2
	movb,ev,n %r3,%r4,.Lb2
	movib 0,%r4,.Lb0
	movib,= -1,%r4,.Lb1
	movib,< 15,%r4,.Lb2
	movib,od,n -16,%r4,.Lb2
	movib,tr 1,%r4,.Lb2
	movib,<> 1,%r4,.Lb2
	movib,>= 1,%r4,.Lb2
	movib,ev 1,%r4,.Lb2
	bb,< %r3,0,.Lb0
	bb,>= %r3,31,.Lb1
	bb,<,n %r3,15,.Lb2
	bb,>=,n %r3,16,.Lb2
	bvb,< %r3,.Lb0
	bvb,>= %r3,.Lb1
	bvb,<,n %r3,.Lb2
	bvb,>=,n %r3,.Lb2
.Lb2:
	nop

; ---------------------------------------------------------------------------
; system control
	break 0,0
	break 31,8191
	break 4,8
	sync
	syncdma
	rfi
	rfir
	ssm 0,%r1
	ssm 31,%r3
	rsm 0,%r1
	rsm 4,%r5
	mtsm %r3
	ldsid (%r3),%r4
	ldsid (%sr1,%r3),%r4
	ldsid (%sr3,%r3),%r4
	mtsp %r3,%sr0
	mtsp %r3,%sr1
	mtsp %r4,%sr4
	mtsp %r5,%sr7
	mfsp %sr0,%r3
	mfsp %sr3,%r3
	mfsp %sr5,%r4
	mfsp %sr7,%r5
	mtctl %r3,%cr0
	mtctl %r3,%cr8
	mtctl %r3,%cr9
	mtctl %r3,%cr10
	mtctl %r3,%cr11
	mtctl %r3,%cr12
	mtctl %r3,%cr13
	mtctl %r3,%cr14
	mtctl %r3,%cr15
	mtctl %r3,%cr16
	mtctl %r3,%cr17
	mtctl %r3,%cr18
	mtctl %r3,%cr19
	mtctl %r3,%cr20
	mtctl %r3,%cr21
	mtctl %r3,%cr22
	mtctl %r3,%cr23
	mtctl %r3,%cr24
	mtctl %r3,%cr31
	mfctl %cr0,%r3
	mfctl %cr8,%r3
	mfctl %cr11,%r3
	mfctl %cr16,%r3
	mfctl %cr19,%r3
	mfctl %cr22,%r3
	mfctl %cr26,%r3
	mfctl %cr27,%r3
	mfctl %cr30,%r3
	prober (%r3),%r4,%r5
	prober (%sr2,%r3),%r4,%r5
	probew (%r3),%r4,%r5
	probew (%sr1,%r3),%r4,%r5
	proberi (%r3),0,%r5
	proberi (%sr3,%r3),3,%r5
	probewi (%r3),31,%r5
	probewi (%sr1,%r3),1,%r5
	lpa %r3(%r4),%r5
	lpa,m %r3(%r4),%r5
	lpa %r3(%sr2,%r4),%r5
	lci %r3(%r4),%r5
	lci %r3(%sr1,%r4),%r5
	idtlba %r3,(%r4)
	idtlba %r3,(%sr1,%r4)
	iitlba %r3,(%sr0,%r4)
	iitlba %r3,(%sr7,%r4)
	idtlbp %r3,(%r4)
	idtlbp %r3,(%sr2,%r4)
	iitlbp %r3,(%sr4,%r4)
	pdtlb %r3(%r4)
	pdtlb,m %r3(%sr1,%r4)
	pitlb %r3(%sr4,%r4)
	pitlb,m %r3(%sr0,%r4)
	pdtlbe %r3(%r4)
	pdtlbe,m %r3(%sr3,%r4)
	pitlbe %r3(%sr5,%r4)
	pitlbe,m %r3(%sr6,%r4)
	fdc %r3(%r4)
	fdc,m %r3(%sr1,%r4)
	fic %r3(%sr4,%r4)
	fic,m %r3(%sr0,%r4)
	pdc %r3(%r4)
	pdc,m %r3(%sr2,%r4)
	fdce %r3(%r4)
	fdce,m %r3(%sr3,%r4)
	fice %r3(%sr4,%r4)
	fice,m %r3(%sr7,%r4)
	diag 0
	diag 0x1234
	diag 0x3ffffff

; ---------------------------------------------------------------------------
; floating-point loads and stores
	fldwx %r3(%r4),%fr4
	fldwx,s %r3(%r4),%fr4R
	fldwx,m %r3(%sr1,%r4),%fr31
	fldwx,sm %r3(%r4),%fr5R
	fldws 0(%r3),%fr4
	fldws -4(%r30),%fr22
	fldws 15(%sr2,%r3),%fr4R
	fldws,ma 4(%r3),%fr6
	fldws,mb -4(%r3),%fr6R
	fldws,ma 0(%r3),%fr6
	fstwx %fr4,%r3(%r4)
	fstwx,s %fr4R,%r3(%r4)
	fstwx,m %fr4,%r3(%sr3,%r4)
	fstwx,sm %fr31R,%r3(%r4)
	fstws %fr4,0(%r3)
	fstws %fr22,-4(%r30)
	fstws %fr4R,-16(%sr1,%r3)
	fstws,ma %fr6,4(%r3)
	fstws,mb %fr6R,-4(%r3)
	fstws,ma %fr6,0(%r3)
	flddx %r3(%r4),%fr4
	flddx,s %r3(%r4),%fr5
	flddx,m %r3(%sr2,%r4),%fr31
	flddx,sm %r3(%r4),%fr0
	fldds 0(%r3),%fr4
	fldds -8(%r30),%fr22
	fldds 8(%sr1,%r3),%fr4
	fldds,ma 8(%r3),%fr6
	fldds,mb -8(%r3),%fr6
	fldds,ma 0(%r3),%fr7
	fstdx %fr4,%r3(%r4)
	fstdx,s %fr4,%r3(%r4)
	fstdx,m %fr4,%r3(%sr1,%r4)
	fstdx,sm %fr31,%r3(%r4)
	fstds %fr4,0(%r3)
	fstds %fr22,-8(%r30)
	fstds %fr4,8(%sr3,%r3)
	fstds,ma %fr6,8(%r3)
	fstds,mb %fr6,-8(%r3)
	fstds,ma %fr6,0(%r3)
	fldws 0(%r3),%fr0
	fstds %fr0,0(%r3)
	fldws 0(%r3),%fr0R
	fstws %fr1R,0(%r3)
	fstws %fr2,0(%r3)
	fstws %fr3R,0(%r3)

; ---------------------------------------------------------------------------
; floating-point operations, major 0x0C (whole registers) and 0x0E (halves)
	fadd,sgl %fr4,%fr5,%fr6
	fadd,dbl %fr4,%fr5,%fr6
	fadd,quad %fr4,%fr8,%fr12
	fsub,sgl %fr4,%fr5,%fr6
	fsub,dbl %fr4,%fr5,%fr6
	fsub,quad %fr4,%fr8,%fr12
	fmpy,sgl %fr4,%fr5,%fr6
	fmpy,dbl %fr4,%fr5,%fr6
	fmpy,quad %fr4,%fr8,%fr12
	fdiv,sgl %fr4,%fr5,%fr6
	fdiv,dbl %fr4,%fr5,%fr6
	fdiv,quad %fr4,%fr8,%fr12
	frem,sgl %fr4,%fr5,%fr6
	frem,dbl %fr4,%fr5,%fr6
	frem,quad %fr4,%fr8,%fr12
	fsqrt,sgl %fr4,%fr6
	fsqrt,dbl %fr4,%fr6
	fsqrt,quad %fr4,%fr8
	fabs,sgl %fr4,%fr6
	fabs,dbl %fr4,%fr6
	fabs,quad %fr4,%fr8
	frnd,sgl %fr4,%fr6
	frnd,dbl %fr4,%fr6
	frnd,quad %fr4,%fr8
	fcpy,sgl %fr4,%fr6
	fcpy,dbl %fr0,%fr31
	fcpy,quad %fr4,%fr8
	fadd,sgl %fr4L,%fr5R,%fr6R
	fadd,sgl %fr4R,%fr5L,%fr6
	fsub,sgl %fr16R,%fr17R,%fr18R
	fmpy,sgl %fr20L,%fr21L,%fr22L
	fdiv,sgl %fr31R,%fr30R,%fr29R
	fadd,dbl %fr16,%fr17,%fr18
	fsqrt,sgl %fr4R,%fr6R
	fabs,sgl %fr4R,%fr6
	frnd,sgl %fr4,%fr6R
	fcpy,sgl %fr4R,%fr6R
	frem,sgl %fr4R,%fr5R,%fr6R
	fcnvff,sgl,dbl %fr4,%fr6
	fcnvff,dbl,sgl %fr4,%fr6
	fcnvff,sgl,quad %fr4,%fr8
	fcnvff,quad,dbl %fr8,%fr4
	fcnvff,sgl,dbl %fr4R,%fr6
	fcnvff,dbl,sgl %fr4,%fr6R
	fcnvxf,sgl,sgl %fr4,%fr6
	fcnvxf,sgl,dbl %fr4,%fr6
	fcnvxf,dbl,sgl %fr4,%fr6
	fcnvxf,dbl,dbl %fr4,%fr6
	fcnvxf,sgl,dbl %fr4R,%fr6
	fcnvxf,sgl,sgl %fr4L,%fr6R
	fcnvxf,dbl,quad %fr4,%fr8
	fcnvfx,sgl,sgl %fr4,%fr6
	fcnvfx,sgl,dbl %fr4,%fr6
	fcnvfx,dbl,sgl %fr4,%fr6
	fcnvfx,dbl,dbl %fr4,%fr6
	fcnvfx,dbl,sgl %fr4,%fr6R
	fcnvfx,quad,dbl %fr8,%fr4
	fcnvfxt,sgl,sgl %fr4,%fr6
	fcnvfxt,sgl,dbl %fr4,%fr6
	fcnvfxt,dbl,sgl %fr4,%fr6
	fcnvfxt,dbl,dbl %fr4,%fr6
	fcnvfxt,dbl,sgl %fr4,%fr22R
	fcnvfxt,sgl,sgl %fr4R,%fr6L
	fcnvff,sgl,sgl %fr4,%fr5
	fcnvff,dbl,dbl %fr4,%fr5
	fcnvff,dbl,quad %fr4,%fr8
	fcnvff,quad,sgl %fr8,%fr4
	fcnvff,quad,quad %fr8,%fr12
	fcnvxf,sgl,quad %fr4,%fr8
	fcnvxf,quad,sgl %fr8,%fr4
	fcnvfx,quad,sgl %fr8,%fr4
	fcnvfx,sgl,quad %fr4,%fr8
	fcnvfxt,quad,dbl %fr8,%fr4
	fcnvfxt,dbl,quad %fr4,%fr8
	fcmp,sgl,false? %fr4,%fr5
	fcmp,sgl,false %fr4,%fr5
	fcmp,sgl,? %fr4,%fr5
	fcmp,sgl,!<=> %fr4,%fr5
	fcmp,sgl,= %fr4,%fr5
	fcmp,sgl,=t %fr4,%fr5
	fcmp,sgl,?= %fr4,%fr5
	fcmp,sgl,!<> %fr4,%fr5
	fcmp,sgl,!?>= %fr4,%fr5
	fcmp,sgl,< %fr4,%fr5
	fcmp,sgl,?< %fr4,%fr5
	fcmp,sgl,!>= %fr4,%fr5
	fcmp,sgl,!?> %fr4,%fr5
	fcmp,sgl,<= %fr4,%fr5
	fcmp,sgl,?<= %fr4,%fr5
	fcmp,sgl,!> %fr4,%fr5
	fcmp,sgl,!?<= %fr4,%fr5
	fcmp,sgl,> %fr4,%fr5
	fcmp,sgl,?> %fr4,%fr5
	fcmp,sgl,!<= %fr4,%fr5
	fcmp,sgl,!?< %fr4,%fr5
	fcmp,sgl,>= %fr4,%fr5
	fcmp,sgl,?>= %fr4,%fr5
	fcmp,sgl,!< %fr4,%fr5
	fcmp,sgl,!?= %fr4,%fr5
	fcmp,sgl,<> %fr4,%fr5
	fcmp,sgl,!= %fr4,%fr5
	fcmp,sgl,!=t %fr4,%fr5
	fcmp,sgl,!? %fr4,%fr5
	fcmp,sgl,<=> %fr4,%fr5
	fcmp,sgl,true? %fr4,%fr5
	fcmp,sgl,true %fr4,%fr5
	fcmp,dbl,= %fr4,%fr5
	fcmp,dbl,!= %fr22,%fr23
	fcmp,dbl,< %fr0,%fr31
	fcmp,dbl,true %fr4,%fr5
	fcmp,quad,> %fr4,%fr8
	fcmp,sgl,< %fr4R,%fr5
	fcmp,sgl,>= %fr4,%fr5R
	fcmp,sgl,<> %fr4R,%fr5R
	ftest
	xmpyu %fr4,%fr5,%fr6
	xmpyu %fr4R,%fr5,%fr6
	xmpyu %fr4,%fr5R,%fr6
	xmpyu %fr4R,%fr5R,%fr31
	fmpyadd,sgl %fr16,%fr17,%fr18,%fr19,%fr20
	fmpyadd,sgl %fr16R,%fr17R,%fr18R,%fr19R,%fr20R
	fmpyadd,dbl %fr4,%fr5,%fr6,%fr7,%fr8
	fmpyadd,dbl %fr27,%fr28,%fr29,%fr30,%fr31
	fmpysub,sgl %fr16,%fr17,%fr18,%fr19,%fr20
	fmpysub,sgl %fr22R,%fr23,%fr24R,%fr25,%fr26R
	fmpysub,dbl %fr4,%fr5,%fr6,%fr7,%fr8
	fmpysub,dbl %fr27,%fr28,%fr29,%fr30,%fr31
	fid

; ---------------------------------------------------------------------------
; special function unit and coprocessor
	spop0,0,0
	spop0,7,0xfffff
	spop0,3,0x1234,n
	spop1,0,0 %r3
	spop1,5,0x7fff,n %r3
	spop2,0,0 %r4
	spop2,6,0x7fff,n %r4
	spop3,0,0 %r3,%r4
	spop3,1,0x3ff,n %r3,%r4
	copr,0,0
	copr,7,0x3fffff
	copr,5,0x1234,n

; ---------------------------------------------------------------------------
; coprocessor loads and stores (unit id != 0), quad stores
	cldwx,3 %r3(%r4),%r5
	cldwx,1,s %r3(%sr1,%r4),%r5
	cldwx,7,sm %r3(%r4),%r5
	cldws,2 4(%r4),%r5
	cldws,2,ma 4(%r4),%r5
	cldws,2,mb -4(%sr2,%r4),%r5
	cstwx,3 %r5,%r3(%r4)
	cstwx,3,m %r5,%r3(%sr3,%r4)
	cstws,4 %r5,4(%r4)
	cstws,4,mb %r5,-4(%r4)
	clddx,5 %r3(%r4),%r5
	clddx,5,sm %r3(%r4),%r5
	cldds,6 8(%r4),%r5
	cldds,6,ma 8(%sr1,%r4),%r5
	cstdx,1 %r5,%r3(%r4)
	cstdx,1,s %r5,%r3(%r4)
	cstds,2 %r5,8(%r4)
	cstds,2,ma %r5,8(%r4)
	fstqx %fr4,%r3(%r4)
	fstqs %fr4,4(%r4)

; ---------------------------------------------------------------------------
; pseudo-instructions and PA-RISC 2.0 spellings the assembler accepts
	ldi 5,%r3
	ldi -5,%r3
	copy %r3,%r4
	mtsar %r5
	b .Lp1
	b,n .Lp1
.Lp1:	comib,= 0,%r3,.Lp1
	comb,<> %r3,%r4,.Lp1
	addb,= %r3,%r4,.Lp1
	addib,<,n -1,%r4,.Lp1
	call .Lp1		; gas emits the 2.0 22-bit "b,l ...,rp" form here
	extrw,u %r3,31,8,%r4
	depw,z %r3,31,8,%r4
	shrpw %r3,%r4,5,%r6
	cmpb,= %r3,%r4,.Lp1
	ldw,s %r3(%r4),%r5
	ldw,ma 4(%r3),%r4
	ldb,mb 1(%r3),%r4
	stby,e,m %r4,-3(%sr1,%r3)

; ---------------------------------------------------------------------------
; raw words for encodings the 1.1 assembler does not emit: PA-RISC 2.0 forms
; objdump names, reserved completers, and unassigned opcodes.
	.word 0x0800023e	; and,* (64-bit condition)
	.word 0x08000ac3	; shladd,l ... with 64-bit condition bit clear
	.word 0x080002c3	; shladd(null): reserved add completer
	.word 0x08004203	; or with reserved logical condition
	.word 0x0c6010e4	; ldd,o
	.word 0x0c6012e0	; std,o
	.word 0x0c4010c4	; ldd short
	.word 0x0c8000c4	; ldd indexed
	.word 0x00000c20	; rfi variant
	.word 0x03e00d63	; ssm with a 10-bit mask
	.word 0x016048a3	; mfctl,w
	.word 0x000014a3	; mfia
	.word 0xe840d000	; bve (rp)
	.word 0xe800a002	; b,l (22-bit),rp
	.word 0xd0000203	; shrpd sar
	.word 0xd8001234	; extrd
	.word 0xf0001234	; depd
	.word 0x30002421	; ftest with 2.0 condition
	.word 0x30000420	; ftest 0
	.word 0x3000c406	; fneg
	.word 0xb8001234	; fmpyfadd
	.word 0x50001234	; fldd long
	.word 0x1c000000	; unassigned major 0x07
	.word 0x54000000	; unassigned major 0x15
	.word 0xfc000000	; unassigned major 0x3f
	.word 0x00000040	; data-like word
	.word 0xffffff90	; data-like word
	.word 0x04001680	; gfw
	.word 0x14401620	; diag (tocdis)
	nop
