"""The one way the harness runs a Python file as a module: a package's cases.py and checker.py, the tests' oracles,
and (through `execute`, with LeetCode's implicit imports as globals) the user's solution inside the worker.

The source is compiled here rather than through importlib's SourceFileLoader, for three reasons: no bytecode is
cached beside the file (a `__pycache__` in the user's folder, and a stale one could run the previous save), a UTF-8
BOM, CRLF line ends and a PEP 263 coding line are read as Python itself reads them, and the harness's own
`from __future__` flags never leak into the file.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

from harness.errors import ProblemError


def execute(name: str, path: str | Path, namespace: dict | None = None,
            source: bytes | None = None) -> types.ModuleType:
    """Run the file at `path` as a fresh module `name` (in sys.modules), its globals seeded with `namespace`.

    With `source` (a snapshot of the file's bytes), those bytes run instead of what the file holds now, under the
    file's own name: tracebacks show its path, its line numbers and the snapshot's lines. Whatever the file raises
    propagates: the worker reports it as the user's compile error.
    """
    path = str(path)
    if source is None:
        with open(path, "rb") as handle:
            source = handle.read()
    else:
        remember_lines(path, source)
    code = compile(source, path, "exec", dont_inherit=True)
    module = types.ModuleType(name)
    module.__dict__.update(namespace or {})
    module.__file__ = path
    sys.modules[name] = module  # as importlib does: dataclasses, pickle and typing look the module up by name
    try:
        exec(code, module.__dict__)
    except BaseException:
        if sys.modules.get(name) is module:
            del sys.modules[name]
        raise
    return module


def remember_lines(path: str, source: bytes) -> None:
    """Give tracebacks the snapshot's lines for `path` (linecache keeps an entry without a modification time)."""
    import importlib.util
    import linecache

    try:
        text = importlib.util.decode_source(source)  # as Python reads it: BOM, coding line, CRLF
    except (SyntaxError, UnicodeDecodeError):
        return  # compile() reports it
    linecache.cache[path] = (len(source), None, text.splitlines(True), path)


def load(name: str, path: Path) -> types.ModuleType:
    """Run a catalogue file (cases.py, checker.py, an oracle) as module `name`; any failure is a ProblemError
    naming the file, since a broken package is the catalogue's fault."""
    path = Path(path)
    if not path.is_file():
        raise ProblemError(f"missing {path}")
    try:
        return execute(name, path)
    except Exception as exc:
        raise ProblemError(f"cannot load {path}: {type(exc).__name__}: {exc}") from exc
