"""The user's file as the worker sees it: loading it, finding its entry point, calling it on a case's input,
and describing what it raised in the user's own terms (their frames, their line numbers)."""

from __future__ import annotations

import sys
import traceback
import types
from typing import Any

from harness import loader
from harness.brief import brief
from harness.sandbox import prelude

TRACEBACK_FRAMES = 20  # kept at each end of a long traceback


class MissingEntry(Exception):
    """The file loaded but defines none of the problem's entry points."""


def user_traceback(exc: BaseException, path: str) -> str:
    """Format `exc` keeping only the frames of the user's file, with its own line numbers.

    A runaway recursion has a huge traceback: only its first and last frames are looked up and formatted.
    """
    frames = [(frame, line) for frame, line in traceback.walk_tb(exc.__traceback__)
              if frame.f_code.co_filename == path]
    omitted = max(0, len(frames) - 2 * TRACEBACK_FRAMES)
    if omitted:
        frames = frames[:TRACEBACK_FRAMES] + frames[-TRACEBACK_FRAMES:]
    lines = traceback.StackSummary.extract(iter(frames)).format()
    if omitted:
        lines.insert(TRACEBACK_FRAMES, f"  ... {omitted} more frames ...\n")
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines).rstrip()


def describe_error(exc: BaseException, path: str) -> dict:
    """Return the facts the parent needs to report `exc`."""
    return {"type": type(exc).__name__, "types": [cls.__name__ for cls in type(exc).__mro__],
            "message": _text(exc)[:2000], "traceback": user_traceback(exc, path)[-8000:]}


def _text(exc: BaseException) -> str:
    try:
        return str(exc)
    except Exception as failure:  # a user's exception whose __str__ raises
        return f"<str() failed: {type(failure).__name__}>"


def load_module(path: str, source: bytes | None = None) -> types.ModuleType:
    """Execute the user's file (or `source`, the bytes the grade read from it) as a module whose globals start with
    LeetCode's implicit imports."""
    return loader.execute("solution", path, prelude.names(), source)


def find_entry(module: types.ModuleType, entry: dict, kind: str):
    """Return a factory that makes a fresh callable per case, or raise MissingEntry naming what was expected."""
    cls = getattr(module, entry.get("class") or "", None)
    method = entry.get("method")
    if kind == "design" and isinstance(cls, type):
        return lambda: cls
    if isinstance(cls, type) and method and callable(getattr(cls, method, None)):
        return lambda: getattr(cls(), method)
    function = getattr(module, entry.get("function") or "", None)
    if callable(function):
        return lambda: function
    raise MissingEntry(f"no entry point: define {expected_entry(entry, kind)}")


def expected_entry(entry: dict, kind: str) -> str:
    """Word the entry points a file may define, as `compile_error` messages name them."""
    if kind == "design":
        return f"class {entry['class']}"
    names = []
    if entry.get("class") and entry.get("method"):
        names.append(f"{entry['class']}.{entry['method']}")
    if entry.get("function"):
        names.append(entry["function"])
    return " or ".join(names)


def call_arguments(params: list[str], given: dict) -> tuple[list, dict]:
    """Split a case's named inputs into leading positional arguments and keywords after the first gap."""
    args, kwargs = [], {}
    for name in params:
        if name not in given:
            continue
        if kwargs or len(args) < params.index(name):
            kwargs[name] = given[name]
        else:
            args.append(given[name])
    return args, kwargs


def run_design(cls, operations: list, arguments: list) -> list:
    """Replay LeetCode's operation list: construct, then call each method (or read each attribute); collect
    what each returns."""
    obj, outputs = None, []
    ndarray = None  # NumPy's, once anything has imported it
    for index, (name, args) in enumerate(zip(operations, arguments)):
        try:
            if index == 0:
                obj = cls(*args)
                outputs.append(None)
                continue
            member = getattr(obj, name)
            # A plain attribute named with no arguments is read (BPE's `merges`); methods are called.
            value = member if not args and not callable(member) else member(*args)
            # A returned array as it is now: a view of the object's buffer (a KV cache's) must not change later.
            if ndarray is None and "numpy" in sys.modules:
                ndarray = sys.modules["numpy"].ndarray
            outputs.append(value.copy() if ndarray is not None and isinstance(value, ndarray) else value)
        except Exception as exc:
            exc.add_note(f"during call {index}: {name}({', '.join(brief(a, 60) for a in args)})")
            raise
    return outputs


def changed_inputs(given: dict, original: dict) -> list[str]:
    """The names of the inputs a call changed in place: arrays compared bit for bit (NaN equals NaN)."""
    return [name for name in original if not _same(given.get(name), original[name])]


def _same(now: Any, before: Any) -> bool:
    numpy = sys.modules.get("numpy")
    if numpy is not None and isinstance(before, numpy.ndarray):
        return (isinstance(now, numpy.ndarray) and now.dtype == before.dtype and now.shape == before.shape
                and bool(numpy.array_equal(now, before, equal_nan=before.dtype.kind in "fc")))
    if isinstance(before, (list, tuple)):
        return type(now) is type(before) and len(now) == len(before) and all(map(_same, now, before))
    if isinstance(before, dict):
        return isinstance(now, dict) and now.keys() == before.keys() and all(_same(now[k], before[k]) for k in before)
    try:
        return type(now) is type(before) and bool(now == before or (now != now and before != before))  # NaN
    except Exception:  # an object of the user's whose == raises or is not a bool
        return False


def make_thunk(make_callable, kind: str, params: list[str], driven: bool, given: dict):
    """The call of one case, ready to time: a flavour's runner takes the whole input (harness.sandbox.driver),
    a design problem replays its operations, a function gets the case's arguments."""
    if driven:
        runner = make_callable()
        return lambda: runner(given)
    if kind == "design":
        cls = make_callable()
        return lambda: run_design(cls, given["operations"], given["arguments"])
    function = make_callable()
    args, kwargs = call_arguments(params, given)
    return lambda: function(*args, **kwargs)
