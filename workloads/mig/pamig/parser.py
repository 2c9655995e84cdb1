"""Statements of the .defs subset pa730 uses, parsed into a Subsystem.

    subsystem [KernelUser|KernelServer] NAME BASE ;
    serverprefix ID ;   userprefix ID ;
    import FILE ;   uimport FILE ;   simport FILE ;     FILE: "x.h" or <x.h>
    type NAME = TYPESPEC [ctype: ID] [cusertype: ID] [cservertype: ID] ;
        TYPESPEC: MACH_MSG_TYPE_X | (MACH_MSG_TYPE_X, BITS) | NAME
                | array[N] of T | array[*:N] of T | struct[N] of T
    routine NAME ( ARG ; ... ) ;    simpleroutine NAME ( ARG ; ... ) ;
        ARG: [in|out|inout|requestport|replyport] NAME : TYPE
    skip ;"""
from dataclasses import dataclass, field
from typing import List, Optional

from .lexer import DefsError, tokenize
from . import msgtypes as mt

DIRECTIONS = ('in', 'out', 'inout', 'requestport', 'replyport')


@dataclass
class Argument:
    name: str
    direction: str  # one of DIRECTIONS
    type: mt.MigType
    where: str

    @property
    def in_request(self):
        return self.direction in ('in', 'inout')

    @property
    def in_reply(self):
        return self.direction in ('out', 'inout')


@dataclass
class Routine:
    name: str
    simple: bool          # simpleroutine: a one-way message, no reply
    number: int           # msgh_id of the request
    args: List[Argument]
    where: str

    @property
    def request_port(self):
        return next(a for a in self.args if a.direction == 'requestport')

    @property
    def reply_port(self):
        return next((a for a in self.args if a.direction == 'replyport'), None)


@dataclass
class Subsystem:
    name: str = ''
    base: int = 0
    user_prefix: str = ''
    server_prefix: str = ''
    imports: List[str] = field(default_factory=list)    # both sides
    uimports: List[str] = field(default_factory=list)   # user side
    simports: List[str] = field(default_factory=list)   # server side
    types: dict = field(default_factory=dict)
    routines: List[Optional[Routine]] = field(default_factory=list)  # None: a skipped number


class Parser:
    def __init__(self, text, filename):
        self.tokens = list(tokenize(text, filename))
        self.pos = 0
        self.sub = Subsystem()
        self.have_subsystem = False

    # ---- token helpers ----
    def peek(self, ahead=0):
        return self.tokens[min(self.pos + ahead, len(self.tokens) - 1)]

    def next(self):
        t = self.peek()
        self.pos += 1
        return t

    def expect(self, text=None, kind=None):
        t = self.next()
        if (text is not None and t.text != text) or (kind is not None and t.kind != kind):
            wanted = repr(text) if text is not None else kind
            raise DefsError(t.where, f"expected {wanted}, found {t.text!r}" if t.kind != 'eof'
                            else f"expected {wanted} at end of input")
        return t

    def accept(self, text):
        if self.peek().text == text and self.peek().kind in ('id', 'punct'):
            return self.next()
        return None

    def ident(self):
        return self.expect(kind='id').text

    def number(self):
        return self.expect(kind='num').value

    # ---- statements ----
    def parse(self):
        while self.peek().kind != 'eof':
            t = self.next()
            handler = getattr(self, f"stmt_{t.text}", None) if t.kind == 'id' else None
            if handler is None:
                if t.kind == 'punct' and t.text == ';':
                    continue
                raise DefsError(t.where, f"unknown statement {t.text!r}")
            if t.text != 'subsystem' and not self.have_subsystem:
                raise DefsError(t.where, "the first statement must be 'subsystem NAME BASE;'")
            handler(t)
        if not self.have_subsystem:
            raise DefsError(self.peek().where, "no subsystem statement")
        return self.sub

    def stmt_subsystem(self, t):
        if self.have_subsystem:
            raise DefsError(t.where, "a second subsystem statement")
        while self.peek().text in ('KernelUser', 'KernelServer'):
            self.next()
        self.sub.name = self.ident()
        self.sub.base = self.number()
        self.expect(';')
        self.have_subsystem = True

    def stmt_serverprefix(self, t):
        self.sub.server_prefix = self.ident()
        self.expect(';')

    def stmt_userprefix(self, t):
        self.sub.user_prefix = self.ident()
        self.expect(';')

    def _import(self, into):
        f = self.expect(kind='str').text
        self.expect(';')
        into.append(f)

    def stmt_import(self, t):
        self._import(self.sub.imports)

    def stmt_uimport(self, t):
        self._import(self.sub.uimports)

    def stmt_simport(self, t):
        self._import(self.sub.simports)

    def stmt_skip(self, t):
        self.expect(';')
        self.sub.routines.append(None)

    def stmt_type(self, t):
        name = self.ident()
        self.expect('=')
        ty = self.typespec(name)
        ctype = None
        while self.peek().kind == 'id' and self.peek(1).text == ':':
            key = self.next()
            self.expect(':')
            value = self.ident()
            if key.text in ('ctype', 'cusertype', 'cservertype'):
                ctype = value  # one C type for both sides is all our headers need
            else:
                raise DefsError(key.where, f"unsupported type attribute {key.text!r}")
        self.expect(';')
        self.sub.types[name] = mt.renamed(ty, name, ctype)

    def typespec(self, name):
        t = self.peek()
        try:
            if t.text == '^':
                raise DefsError(t.where, "out-of-line types (^array) are not supported")
            if t.text == 'polymorphic':
                raise DefsError(t.where, "polymorphic types are not supported")
            if t.text in ('array', 'struct'):
                self.next()
                self.expect('[')
                variable = False
                if t.text == 'array' and self.accept('*'):
                    self.expect(':')
                    variable = True
                elif t.text == 'array' and self.peek().text == ']':
                    raise DefsError(t.where, "unbounded arrays (array[]) are out-of-line: not supported")
                n = self.number()
                self.expect(']')
                self.expect('of')
                elem = self.typespec(None)
                return mt.array_of(elem, name or '?', n, variable=variable, struct=(t.text == 'struct'))
            if self.accept('('):
                base = self.ident()
                self.expect(',')
                bits = self.number()
                self.expect(')')
                ty = mt.builtin(base, bits, t.where)
                if ty is None:
                    raise DefsError(t.where, f"{base} is not a MACH_MSG_TYPE_* name")
                return ty
            ident = self.ident()
            ty = mt.builtin(ident, None, t.where)
            if ty is not None:
                return ty
            if ident in self.sub.types:
                return self.sub.types[ident]
            raise DefsError(t.where, f"unknown type {ident!r}")
        except ValueError as e:
            raise DefsError(t.where, str(e))

    def _routine(self, t, simple):
        name = self.ident()
        self.expect('(')
        args = []
        while not self.accept(')'):
            a = self.peek()
            direction = 'in'
            if a.text in DIRECTIONS and self.peek(1).text != ':':
                direction = self.next().text
            arg_name = self.ident()
            self.expect(':')
            tt = self.peek()
            ty = self.typespec(None)
            if ty.is_array and ty.name == '?':
                raise DefsError(tt.where, "name array types with a type statement")
            while self.accept(','):  # argument flags: none supported yet
                flag = self.next()
                raise DefsError(flag.where, f"unsupported argument flag {flag.text!r}")
            args.append(Argument(arg_name, direction, ty, a.where))
            if not self.accept(';'):
                self.expect(')')
                break
        self.expect(';')
        self.check_routine(t, name, simple, args)
        number = self.sub.base + len(self.sub.routines)
        self.sub.routines.append(Routine(name, simple, number, args, t.where))

    def check_routine(self, t, name, simple, args):
        if not any(a.direction == 'requestport' for a in args):
            if not args or args[0].direction != 'in':
                raise DefsError(t.where, f"routine {name}: the first argument must be the request port")
            args[0].direction = 'requestport'
        for a in args:
            if a.direction in ('requestport', 'replyport') and not a.type.is_port:
                raise DefsError(a.where, f"{a.name}: a {a.direction} must be a port type")
            if a.direction in ('requestport', 'replyport') and a.type.is_array:
                raise DefsError(a.where, f"{a.name}: a {a.direction} cannot be an array")
        if sum(a.direction == 'requestport' for a in args) != 1:
            raise DefsError(t.where, f"routine {name}: more than one request port")
        if sum(a.direction == 'replyport' for a in args) > 1:
            raise DefsError(t.where, f"routine {name}: more than one reply port")
        if not simple and any(a.direction == 'replyport' for a in args):
            raise DefsError(t.where, f"routine {name}: a routine's reply port comes from mig_get_reply_port()")
        if simple and any(a.in_reply for a in args):
            raise DefsError(t.where, f"simpleroutine {name}: no out arguments (there is no reply)")
        for a in args:
            if a.direction == 'inout' and a.type.variable:
                # As in MIG: the reply's array may not fit where the request's was.
                raise DefsError(a.where, f"{a.name}: a variable-size inline array cannot be inout "
                                "(use an in and an out argument)")
        names = [a.name for a in args]
        if len(set(names)) != len(names):
            raise DefsError(t.where, f"routine {name}: two arguments with one name")

    def stmt_routine(self, t):
        self._routine(t, simple=False)

    def stmt_simpleroutine(self, t):
        self._routine(t, simple=True)


def parse(text, filename):
    return Parser(text, filename).parse()
