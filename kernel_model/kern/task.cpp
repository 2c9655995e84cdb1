#include "kern/task.h"

#include "kern/console.h"
#include "kern/ipc_tt.h"
#include "kern/rpc_stamps.h"
#include "kern/machine.h"
#include "kern/sched.h"

namespace {
Task tasks[kMaxTasks];
unsigned alive;
int all_tasks_event;

void copy_name(char* dst, const char* src) {
  unsigned i = 0;
  for (; src[i] && i + 1 < sizeof(Task::name); ++i) dst[i] = src[i];
  dst[i] = 0;
}

// The address space goes when the last thread does.
void task_finished(Task* task) {
  ipc_task_terminate(task);  // its rights go: receivers die, send-once rights notify
  rpc_stamps_unmap(task);
  vm_map_destroy(task->map);
  task->active = false;
  --alive;
  thread_wakeup(&all_tasks_event);
}
}  // namespace

Task* task_create(const char* name) {
  for (unsigned i = 0; i < kMaxTasks; ++i) {
    Task& t = tasks[i];
    if (t.active) continue;
    const uint32_t generation = (t.id >> 8) + 1;
    t = Task{};
    t.id = (i + 1) | (generation << 8);
    copy_name(t.name, name);
    // Space ids and protection ids: one of each per task slot, never 0 (the
    // kernel's space; access id 0 means "public").
    t.space = 0x100 + i;
    t.pid = 0x10 + i;
    vm_map_init(t.map, t.space, t.pid);
    t.active = true;
    ++alive;
    if (!ipc_task_init(&t)) {
      task_finished(&t);
      return nullptr;
    }
    rpc_stamps_map(&t);
    return &t;
  }
  return nullptr;
}

Task* task_lookup(uint32_t id) {
  const uint32_t slot = (id & 0xffu) - 1;
  if (slot >= kMaxTasks || !tasks[slot].active || tasks[slot].id != id) return nullptr;
  return &tasks[slot];
}

void task_add_thread(Task* task, Thread* t) {
  t->task_next = task->threads;
  task->threads = t;
  ++task->thread_count;
  if (task->suspend_count) t->suspend_count = 1;  // the task's suspension holds it
}

void task_remove_thread(Task* task, Thread* t) {
  for (Thread** link = &task->threads; *link; link = &(*link)->task_next)
    if (*link == t) {
      *link = t->task_next;
      if (--task->thread_count == 0) task_finished(task);
      return;
    }
}

void task_terminate(Task* task, int status) {
  task->exit_status = status;
  Thread* self = current_thread();
  bool self_in_task = false;
  while (Thread* t = task->threads) {
    if (t == self) {
      // Ours goes last: take it out of the way and finish the others.
      task->threads = t->task_next;
      self_in_task = true;
      continue;
    }
    thread_terminate(t);
  }
  if (self_in_task) {
    self->task_next = nullptr;
    task->threads = self;
    task->thread_count = 1;
    thread_terminate_self();
  }
  if (task->active && task->thread_count == 0) task_finished(task);
}

void task_suspend(Task* task) {
  if (task->suspend_count++ > 0) return;
  for (Thread* t = task->threads; t; t = t->task_next)
    if (t != current_thread()) thread_suspend(t);
  if (current_thread()->task == task) thread_suspend(current_thread());
}

void task_resume(Task* task) {
  if (task->suspend_count == 0 || --task->suspend_count > 0) return;
  for (Thread* t = task->threads; t; t = t->task_next) thread_resume(t);
}

unsigned tasks_alive() { return alive; }
void* tasks_event() { return &all_tasks_event; }
