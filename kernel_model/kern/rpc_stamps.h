// The CR16 stamp page of the papers' method (kern/rpc_stamps.cpp): mapped
// into every task by the kernel_cr16 image, nothing in the others.
#pragma once

struct Task;

void rpc_stamps_init();             // at boot, before any task
void rpc_stamps_map(Task* task);    // the task is created
void rpc_stamps_unmap(Task* task);  // the task is going
