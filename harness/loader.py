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


def execute(name: str, path: str | Path, namespace: dict | None = None) -> types.ModuleType:
    """Run the file at `path` as a fresh module `name` (in sys.modules), its globals seeded with `namespace`.

    Whatever the file raises propagates: the worker reports it as the user's compile error.
    """
    path = str(path)
    with open(path, "rb") as handle:
        source = handle.read()
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
