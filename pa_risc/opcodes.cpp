#include "pa_risc/opcodes.h"

namespace pa {

namespace {
constexpr const char* kNames[] = {
#define PA_X(name, cls) #name,
    PA_OPCODES(PA_X)
#undef PA_X
};
constexpr InsnClass kClasses[] = {
#define PA_X(name, cls) InsnClass::cls,
    PA_OPCODES(PA_X)
#undef PA_X
};
}  // namespace

const char* op_name(Op op) { return kNames[static_cast<unsigned>(op)]; }
InsnClass op_class(Op op) { return kClasses[static_cast<unsigned>(op)]; }

}  // namespace pa
