# pa730 boot --gdb with the kernel's symbols: breakpoint, registers,
# single steps, memory, then run to the end (halt status 7).
break *marker
continue
p $pc
p $r4
p/x $r3
info registers pcoqh pcoqt
stepi
p/x $r1
stepi
p/x $r1
x/2wx &words
x/2i $pc
info registers
monitor cr
continue
