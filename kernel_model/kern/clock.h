// The system clock: the interval timer (CR16) interrupts every tick.
#pragma once
#include <stdint.h>

// 10 ms at 67 MHz; the scheduler quantum is a multiple of it.
constexpr uint32_t kCyclesPerTick = 670000;

void clock_start();
void clock_interrupt();  // from trap(): EIRR bit 0 was set
uint32_t clock_ticks();
