# Detach at main: the program runs on without the debugger.
break *main
continue
detach
