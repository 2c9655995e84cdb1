# Debugging the guest kernel: stop in kernel_call() when the hello
# workload makes its first kernel call, look at the call number the gateway
# left in r22 and at the space registers (kernel context: SR7 = 0, SR3 =
# whatever; SR0 = the caller's space), then run to the end.
break kernel_call
continue
p $r22
p $pcoqh == &kernel_call
info registers sr0 sr7
delete
continue
