"""pa730's MIG: Mach 3.0 interface generator for the 24-byte-header PA-RISC ABI.

Modules: lexer (tokens from preprocessed .defs text), parser (statements ->
a Subsystem of Types and Routines), layout (offsets and sizes of every
Request/Reply field), and one writer per output file (header, user,
server)."""
