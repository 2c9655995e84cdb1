# A breakpoint hit repeatedly (a branch's delay slot), a step across the
# taken branch, then writes: memory (the second word: 2 -> 33) and a
# register (r8, the halt status) change how the guest ends.
break *loop+4
continue
p $r4
stepi
p $pc
continue
p $r4
delete
break *marker
continue
set var *(int *)((char *)&words + 4) = 33
x/2wx &words
break *finish
continue
p $r8
set var $r8 = 40
p $r8
continue
