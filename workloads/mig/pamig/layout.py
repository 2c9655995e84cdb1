"""The layout model: every field of every Request and Reply, with its
offset and size from the 24-byte header (Mach 3.0's mach_msg_header_t).

Offsets are those of the C struct the stubs declare, i.e. with every
variable-size array at its maximum; a field after k variable arrays is at
its offset minus what those arrays fall short of their maxima, which the
stubs reach by moving their message pointer (as MIG does)."""
from dataclasses import dataclass, field
from typing import List, Optional

from .parser import Argument, Routine

HEADER_BYTES = 24          # mach_msg_header_t
DESCRIPTOR_BYTES = 4       # mach_msg_type_t
RETCODE_BYTES = 4          # kern_return_t
REPLY_HEADER_BYTES = HEADER_BYTES + DESCRIPTOR_BYTES + RETCODE_BYTES  # mig_reply_header_t


@dataclass
class Field:
    name: str
    decl: str      # the C member declaration
    offset: int
    size: int


@dataclass
class Item:
    """One argument's typed data in a message: descriptor, data, padding."""
    arg: Argument
    descriptor: Field
    data: Field
    pad: Optional[Field]
    var_index: int          # how many variable arrays come before it
    last_variable: bool = False  # the last variable array of its message

    @property
    def type(self):
        return self.arg.type

    @property
    def name(self):
        return self.arg.name


@dataclass
class Message:
    kind: str  # 'Request' or 'Reply'
    fields: List[Field] = field(default_factory=list)
    items: List[Item] = field(default_factory=list)

    @property
    def size_max(self):
        last = self.fields[-1]
        return last.offset + last.size

    @property
    def size_min(self):
        """The size with every variable array empty (== size_max if none)."""
        return self.size_max - sum(i.type.padded_bytes for i in self.items if i.type.variable)

    @property
    def variable(self):
        return any(i.type.variable for i in self.items)

    @property
    def complex(self):
        """Carries port rights (MACH_MSGH_BITS_COMPLEX)."""
        return any(i.type.is_port for i in self.items)

    def items_after(self, item):
        return self.items[self.items.index(item) + 1:]

    def add(self, name, decl, size):
        f = Field(name, decl, self.size_max if self.fields else 0, size)
        self.fields.append(f)
        return f


def data_decl(arg):
    t = arg.type
    if t.variable:
        return f"{t.elem_ctype} {arg.name}[{t.number}]"
    return f"{t.ctype} {arg.name}"


def build_message(kind, args):
    m = Message(kind)
    m.add('Head', 'mach_msg_header_t Head', HEADER_BYTES)
    if kind == 'Reply':
        m.add('RetCodeType', 'mach_msg_type_t RetCodeType', DESCRIPTOR_BYTES)
        m.add('RetCode', 'kern_return_t RetCode', RETCODE_BYTES)
    var_seen = 0
    for a in args:
        t = a.type
        dtype = 'mach_msg_type_long_t' if t.long_form else 'mach_msg_type_t'
        desc = m.add(f"{a.name}Type", f"{dtype} {a.name}Type", t.descriptor_bytes)
        data = m.add(a.name, data_decl(a), t.data_bytes)
        pad = None
        if t.padded_bytes != t.data_bytes:
            n = t.padded_bytes - t.data_bytes
            pad = m.add(f"{a.name}Pad", f"char {a.name}Pad[{n}]", n)
        m.items.append(Item(a, desc, data, pad, var_seen))
        if t.variable:
            var_seen += 1
    variables = [i for i in m.items if i.type.variable]
    if variables:
        variables[-1].last_variable = True
    return m


@dataclass
class RoutineLayout:
    routine: Routine
    request: Message
    reply: Optional[Message]   # None for a simpleroutine


def layout(routine):
    req_args = [a for a in routine.args if a.in_request]
    rep_args = [a for a in routine.args if a.in_reply]
    return RoutineLayout(routine, build_message('Request', req_args),
                         None if routine.simple else build_message('Reply', rep_args))
