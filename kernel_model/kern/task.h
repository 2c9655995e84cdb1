// Tasks, as Mach defines them: an address space (a space id, a protection
// id and a map of regions) and a set of threads.
#pragma once
#include <stdint.h>

#include "kern/thread.h"
#include <mach/port.h>

#include "vm/vm_map.h"

constexpr unsigned kMaxTasks = 16;

struct IpcSpace;
struct IpcPort;

struct Task {
  uint32_t id;
  char name[24];
  uint32_t space;    // the space id of its addresses
  uint32_t pid;      // protection id its pages carry (CR8 while it runs)
  VmMap map;
  Thread* threads;
  unsigned thread_count;
  unsigned suspend_count;
  bool active;
  int exit_status;
  IpcSpace* itk_space;     // its port names
  IpcPort* itk_self;       // its task port (a kernel object port)
  mach_port_t self_name;   // the name of the send right to itk_self in itk_space
};

Task* task_create(const char* name);
Task* task_lookup(uint32_t id);
void task_add_thread(Task* task, Thread* t);
void task_remove_thread(Task* task, Thread* t);  // the last one ends the task
// End every thread of the task (the caller's last, if it is one of them).
void task_terminate(Task* task, int status);
void task_suspend(Task* task);
void task_resume(Task* task);
unsigned tasks_alive();
void* tasks_event();  // woken whenever a task ends
