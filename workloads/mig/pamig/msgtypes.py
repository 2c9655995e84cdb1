"""The type model: what a .defs type puts in a message.

A MigType is one typed-data item: a descriptor (mach_msg_type_t, or the
12-byte mach_msg_type_long_t) and its data, inline.  `in_name` is the
msgt_name the sender writes, `out_name` the one the receiver sees (a port
disposition such as MAKE_SEND arrives as PORT_SEND)."""
from dataclasses import dataclass, replace
from typing import Optional

# MACH_MSG_TYPE_* names: value, element size in bits (None: must be given),
# the name the receiver sees, and whether it carries a port right.
_BUILTIN = {
    'MACH_MSG_TYPE_UNSTRUCTURED': (0, None, None, False),
    'MACH_MSG_TYPE_BIT': (0, 1, None, False),
    'MACH_MSG_TYPE_BOOLEAN': (0, 32, None, False),
    'MACH_MSG_TYPE_INTEGER_16': (1, 16, None, False),
    'MACH_MSG_TYPE_INTEGER_32': (2, 32, None, False),
    'MACH_MSG_TYPE_CHAR': (8, 8, None, False),
    'MACH_MSG_TYPE_BYTE': (9, 8, None, False),
    'MACH_MSG_TYPE_INTEGER_8': (9, 8, None, False),
    'MACH_MSG_TYPE_REAL': (10, None, None, False),
    'MACH_MSG_TYPE_INTEGER_64': (11, 64, None, False),
    'MACH_MSG_TYPE_STRING': (12, None, None, False),
    'MACH_MSG_TYPE_STRING_C': (12, None, None, False),
    'MACH_MSG_TYPE_PORT_NAME': (15, 32, None, False),
    'MACH_MSG_TYPE_MOVE_RECEIVE': (16, 32, 'MACH_MSG_TYPE_PORT_RECEIVE', True),
    'MACH_MSG_TYPE_MOVE_SEND': (17, 32, 'MACH_MSG_TYPE_PORT_SEND', True),
    'MACH_MSG_TYPE_MOVE_SEND_ONCE': (18, 32, 'MACH_MSG_TYPE_PORT_SEND_ONCE', True),
    'MACH_MSG_TYPE_COPY_SEND': (19, 32, 'MACH_MSG_TYPE_PORT_SEND', True),
    'MACH_MSG_TYPE_MAKE_SEND': (20, 32, 'MACH_MSG_TYPE_PORT_SEND', True),
    'MACH_MSG_TYPE_MAKE_SEND_ONCE': (21, 32, 'MACH_MSG_TYPE_PORT_SEND_ONCE', True),
}

# What each macro is worth (for the layout model and tests).
MACRO_VALUES = {name: v[0] for name, v in _BUILTIN.items()}
MACRO_VALUES.update({'MACH_MSG_TYPE_PORT_RECEIVE': 16, 'MACH_MSG_TYPE_PORT_SEND': 17,
                     'MACH_MSG_TYPE_PORT_SEND_ONCE': 18})

# msgt_number has 12 bits and msgt_size 8: anything larger needs the long form.
SHORT_NUMBER_MAX = 0xfff
SHORT_SIZE_MAX = 0xff


@dataclass(frozen=True)
class MigType:
    name: str                 # the .defs name
    ctype: str                # C type of a whole value of this type
    in_name: str              # msgt_name macro the sender writes
    out_name: str             # msgt_name macro the receiver checks
    size_bits: int            # one element
    number: int               # elements (fixed), or the maximum (variable)
    is_port: bool = False     # carries a port right: the message is complex
    is_array: bool = False    # array[...] (C: an array, passed by address)
    is_struct: bool = False   # struct[...] (C: a struct, passed by value)
    variable: bool = False    # array[*:N]: the count travels in the descriptor
    elem_ctype: Optional[str] = None  # C type of one element (arrays)

    @property
    def long_form(self):
        return self.number > SHORT_NUMBER_MAX or self.size_bits > SHORT_SIZE_MAX

    @property
    def descriptor_bytes(self):
        return 12 if self.long_form else 4

    @property
    def elem_bytes(self):
        if self.size_bits % 8:
            raise ValueError(f"type {self.name}: elements of {self.size_bits} bits are not whole bytes")
        return self.size_bits // 8

    @property
    def data_bytes(self):
        """Bytes of data at the maximum (fixed: always), before padding."""
        return self.elem_bytes * self.number

    @property
    def padded_bytes(self):
        return (self.data_bytes + 3) & ~3


def builtin(name, size_bits=None, where="?"):
    """The MigType of a MACH_MSG_TYPE_* name, or None if it is not one."""
    if name not in _BUILTIN:
        return None
    _, default_size, received, is_port = _BUILTIN[name]
    size = size_bits if size_bits is not None else default_size
    if size is None:
        raise ValueError(f"{where}: {name} needs an explicit size: ({name}, BITS)")
    return MigType(name=name, ctype=name, in_name=name, out_name=received or name, size_bits=size, number=1,
                   is_port=is_port)


def renamed(t, name, ctype=None):
    """A type declared as another (`type X = Y;`): same message, new names."""
    return replace(t, name=name, ctype=ctype or name)


def array_of(elem, name, number, variable=False, struct=False):
    if elem.variable:
        raise ValueError(f"type {name}: an array of a variable-size array")
    return MigType(name=name, ctype=name, in_name=elem.in_name, out_name=elem.out_name, size_bits=elem.size_bits,
                   number=number * elem.number, is_port=elem.is_port, is_array=not struct, is_struct=struct,
                   variable=variable, elem_ctype=elem.elem_ctype or elem.ctype)
