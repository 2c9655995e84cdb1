/* C types behind std_types.defs (user side). */
#ifndef _MACH_STD_TYPES_H_
#define _MACH_STD_TYPES_H_

#include <stdint.h>
#include <mach/boolean.h>
#include <mach/kern_return.h>
#include <mach/port.h>
#include <mach/message.h>

typedef mach_port_t* mach_port_name_array_t;
typedef char* pointer_t;

#endif
