"""Tokens of a preprocessed .defs file.

The C preprocessor has already run: what remains are statements, comments
(if cpp kept any) and line markers (`# 12 "file.defs"`), which the lexer
follows so that errors name the .defs line."""
import re
from dataclasses import dataclass


class DefsError(Exception):
    def __init__(self, where, message):
        super().__init__(f"{where}: {message}")


@dataclass
class Token:
    kind: str  # 'id', 'num', 'str' (a quoted or <...> file name), 'punct', 'eof'
    text: str
    where: str  # "file:line"

    @property
    def value(self):
        return int(self.text, 0) if self.kind == 'num' else self.text


_TOKEN = re.compile(r"""
    (?P<ws>[ \t\r\f\v]+)
  | (?P<nl>\n)
  | (?P<comment>/\*.*?\*/|//[^\n]*)
  | (?P<marker>^\#[^\n]*)
  | (?P<num>0[xX][0-9a-fA-F]+|\d+)
  | (?P<id>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<str>"[^"\n]*")
  | (?P<punct>[;:,()\[\]*=^<>+\-])
""", re.VERBOSE | re.DOTALL | re.MULTILINE)

_LINE_MARKER = re.compile(r'^#\s*(?:line\s+)?(\d+)\s+"([^"]*)"')
_IMPORT_KEYWORDS = {'import', 'uimport', 'simport'}


def tokenize(text, filename):
    """Yield Tokens; a <file> after import/uimport/simport is one 'str' token."""
    pos, line, current_file = 0, 1, filename
    previous = None
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        where = f"{current_file}:{line}"
        if not m:
            raise DefsError(where, f"unexpected character {text[pos]!r}")
        kind = m.lastgroup
        chunk = m.group(kind)
        if kind == 'marker':
            lm = _LINE_MARKER.match(chunk)
            pos = m.end()
            if lm:
                line, current_file = int(lm.group(1)) - 1, lm.group(2) or filename
            continue
        if kind in ('nl',):
            line += 1
        elif kind == 'comment':
            line += chunk.count('\n')
        elif kind == 'punct' and chunk == '<' and previous is not None and previous.text in _IMPORT_KEYWORDS:
            end = text.find('>', pos)
            if end < 0 or '\n' in text[pos:end]:
                raise DefsError(where, "unterminated <file name>")
            previous = Token('str', text[pos:end + 1], where)
            yield previous
            pos = end + 1
            continue
        elif kind != 'ws':
            previous = Token(kind, chunk, where)
            yield previous
        pos = m.end()
    yield Token('eof', '', f"{current_file}:{line}")
