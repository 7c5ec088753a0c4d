"""Checkers: how a returned value is compared with the expected one. One small module per way of comparing.

Every checker is a module with `OPTIONS` (its option names and defaults) and one function of one signature:

    check(given: dict, expected, got, options: dict) -> Outcome

`given` is the case's pristine input (the user's code ran on a copy). A problem names its checker and options
in problem.toml; `custom` loads the problem package's own checker.py, which has the same shape.
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Callable

from harness import loader
from harness.errors import ProblemError


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
    """Return the checker `spec` names (`{"name": ..., **options}`), options validated and bound.

    A name or an option that problem.toml misspells is a ProblemError (the catalogue's fault) saying what exists.
    """
    spec = dict(spec)
    name = spec.pop("name", "exact")
    if name == "custom":
        module = loader.load(f"shousi_checker_{folder.name.replace('-', '_')}", folder / "checker.py")
    elif name in names():
        module = importlib.import_module(f"harness.checkers.{name}")
    else:
        raise ProblemError(f"{folder.name}: problem.toml names no checker {name!r}{_close(name, names())}; "
                           f"the checkers are {', '.join(names())} and custom (the package's checker.py)")
    defaults = getattr(module, "OPTIONS", {})
    unknown = sorted(set(spec) - set(defaults))
    if unknown:
        raise ProblemError(f"{folder.name}: checker {name!r} has no option {unknown[0]!r}{_close(unknown[0], defaults)}"
                           f"; its options are {', '.join(defaults) or 'none'}")
    if not callable(getattr(module, "check", None)):
        raise ProblemError(f"{folder.name}: checker {name!r} defines no check(given, expected, got, options)")
    return partial(_call, module.check, {**defaults, **spec})


def names() -> list[str]:
    """The built-in checkers: every module of this package."""
    return sorted(found.name for found in pkgutil.iter_modules(__path__))


def _close(word: Any, choices) -> str:
    close = difflib.get_close_matches(str(word), list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _call(check, options: dict, given: dict, expected: Any, got: Any) -> Outcome:
    return check(given, expected, got, options)
