# pa730 se --gdb on a program with two POSIX threads: the stop names the
# thread that hit the breakpoint, info threads lists both with what each is
# doing, and each thread's own registers are seen after `thread N`.  A step
# of the waiting main thread lets the worker run to its end, which wakes it.
break worker_mark
continue
info threads
p $r26
thread 1
bt 1
thread 2
p $pc == worker_mark
thread 1
stepi
info threads
continue
