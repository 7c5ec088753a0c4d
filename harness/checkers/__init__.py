"""Checkers: how a returned value is compared with the expected one. One small module per way of comparing.

Every checker is a module with `OPTIONS` (its option names and defaults) and one function of one signature:

    check(given: dict, expected, got, options: dict) -> Outcome

`given` is the case's pristine input (the user's code ran on a copy). A problem names its checker and options
in problem.toml; `custom` loads the problem package's own checker.py, which has the same shape.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Callable


@dataclass(frozen=True)
class Outcome:
    """A checker's answer: whether the value is right and, if not, one sentence saying why."""

    ok: bool
    message: str = ""


ACCEPT = Outcome(True)
Checker = Callable[[dict, Any, Any], Outcome]


def reject(message: str) -> Outcome:
    return Outcome(False, message)


def load(spec: dict, folder: Path) -> Checker:
    """Return the checker `spec` names (`{"name": ..., **options}`), options validated and bound."""
    spec = dict(spec)
    name = spec.pop("name", "exact")
    if name == "custom":
        module = _load_file(folder / "checker.py", f"shousi_checker_{folder.name.replace('-', '_')}")
    else:
        module = importlib.import_module(f"harness.checkers.{name}")
    defaults = getattr(module, "OPTIONS", {})
    unknown = sorted(set(spec) - set(defaults))
    if unknown:
        raise ValueError(f"checker {name!r} has no option {unknown[0]!r}")
    return partial(_call, module.check, {**defaults, **spec})


def _call(check, options: dict, given: dict, expected: Any, got: Any) -> Outcome:
    return check(given, expected, got, options)


def _load_file(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or not path.is_file():
        raise ValueError(f"custom checker missing: {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
