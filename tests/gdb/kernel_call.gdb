# Debugging the guest kernel: stop in kernel_call() when the hello
# workload makes its first kernel call, look at the call number the gateway
# left in r22 and at the space registers (kernel context: SR7 = 0, SR3 =
# whatever; SR0 = the caller's space), then run to the end.
# The first call is crt0's mach_init(): mach_task_self (KC_MACH_TASK_SELF,
# 34); then a conditional breakpoint finds hello's kc_thread_self
# (KC_THREAD_SELF, 8: the integer call; Mach's thread_self is 35).
break kernel_call
continue
p $r22
p $pcoqh == &kernel_call
info registers sr0 sr7
delete
break kernel_call if $r22 == 8
continue
p $r22
delete
continue
