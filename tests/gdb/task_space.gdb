# Two tasks run the same program at the same offsets (spaces 0x100 and
# 0x101).  `monitor space` makes a breakpoint at main fire in the second
# task only; `monitor space any` lifts the filter.
monitor space
monitor space 0x101
break main
continue
p/x $pcsqh
p/x (unsigned) $pcoqh & 3
monitor space nonsense
monitor space any
delete
continue
