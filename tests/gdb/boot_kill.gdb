# A guest that never ends: stop it at a breakpoint, then kill it.
break *spin
continue
continue
p $r3
kill
