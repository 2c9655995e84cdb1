# pa730 se --gdb on a static hppa-linux C program: stop at main.
break *main
continue
p $pc == main
info registers pcoqh
stepi
continue
