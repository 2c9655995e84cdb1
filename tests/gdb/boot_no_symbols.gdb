# No ELF given to gdb: architecture and byte order by hand, as a user
# debugging a raw image would (gdb 13 names the architecture "hppa" or
# "hppa1.0"; it has no "hppa1.1"), addresses from nm.
set architecture hppa
set endian big
@connect@
p/x $pc
break *@marker@
continue
p/x $pc
p $r4
stepi
stepi
p/x $r1
x/2wx @words@
continue
