"""Exact comparison, as LeetCode compares serialized answers: a tuple may stand for a list, but 1 is not True
and 2.0 is not 2; NaN equals NaN (both serialize alike). NumPy arrays compare by dtype, shape and elements."""

from __future__ import annotations

import sys
from typing import Any

from harness.brief import brief
from harness.checkers import ACCEPT, Outcome, reject

OPTIONS: dict = {}
MESSAGE_DEPTH = 8  # how far a message follows nested lists and dicts to the first difference


def canonical(value: Any) -> Any:
    """Map a value to a hashable form that compares as LeetCode's serialized output would. Total: any value the
    wire decodes (sets of frozensets, arrays inside dicts, NaN, opaque objects) has one."""
    if value is None:
        return ("null", None)
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, int):
        return ("int", value)
    if isinstance(value, float):
        return ("float", "nan") if value != value else ("float", value)
    if isinstance(value, str):
        return ("str", value)
    if isinstance(value, (list, tuple)):
        scalars = _scalars(value)
        return ("list", tuple(map(canonical, value)) if scalars is None else scalars)
    if isinstance(value, dict):
        return ("dict", frozenset(map(_pair, value.items())))
    if isinstance(value, (set, frozenset)):
        return ("set", frozenset(map(canonical, value)))
    numpy = sys.modules.get("numpy")
    if numpy is not None and isinstance(value, numpy.ndarray):
        return _array(value, numpy)
    if numpy is not None and isinstance(value, numpy.generic) and type(value.item()) in (bool, int, float):
        return canonical(value.item())  # as the wire sends it: np.int64(1) is 1
    try:
        hash(value)
    except TypeError:
        return ("unhashable", id(value))  # equal to nothing else
    return (type(value).__name__, value)


_TAGS = {type(None): "null", bool: "bool", int: "int", float: "float", str: "str"}  # exactly these types


def _scalars(items: list | tuple) -> tuple | None:
    """What `map(canonical, items)` gives for items of exactly the built-in scalar types (NaN aside), built in C
    rather than one Python call per item (an answer of 10^5 numbers); None for any other list."""
    kinds = set(map(type, items))
    if not kinds <= _TAGS.keys() or (float in kinds and any(x != x for x in items)):
        return None
    return tuple(zip(map(_TAGS.__getitem__, map(type, items)), items))


def _pair(item: tuple) -> tuple:
    return canonical(item[0]), canonical(item[1])


def _array(value: Any, np: Any) -> tuple:
    """Arrays of numbers, strings and dates by their bytes (one NaN, and -0.0 as 0.0); others by their items."""
    dtype = value.dtype
    if dtype.kind in "fc":
        value = np.asarray(value + 0)  # a copy in which -0.0 is 0.0 (an array still, if it had no dimensions)
        value[np.isnan(value)] = np.nan
    if dtype.kind in "biufcmMSU":
        native = np.ascontiguousarray(value, dtype=dtype.newbyteorder("="))
        return ("ndarray", native.dtype.str, value.shape, native.tobytes())
    return ("ndarray", dtype.str, value.shape, canonical(value.tolist()))


def same(expected: Any, got: Any) -> bool:
    """Whether `canonical(got) == canonical(expected)`; decided at C speed, building neither, when both are lists
    of plain scalars (or of such lists), the usual answer."""
    return _plain_same(expected, got) or canonical(got) == canonical(expected)


def _plain_same(a: Any, b: Any) -> bool:
    """True when `a` and `b` are lists (or tuples) holding items of exactly the same scalar types, index by index,
    that are equal (a NaN only to itself), or lists of such lists; False means "not shown equal here"."""
    if type(a) not in (list, tuple) or type(b) not in (list, tuple) or len(a) != len(b):
        return False
    types = list(map(type, a))
    if types != list(map(type, b)):
        return False
    kinds = set(types)
    if kinds <= _TAGS.keys():
        return list(a) == list(b)
    return kinds <= {list, tuple} and all(map(_plain_same, a, b))


def check(given: dict, expected: Any, got: Any, options: dict) -> Outcome:
    if same(expected, got):
        return ACCEPT
    return reject(difference(expected, got))


def difference(expected: Any, got: Any, depth: int = 0) -> str:
    """Say how `got` differs from `expected`, pointing at the first differing index, key or element. Never
    raises, whatever `got` is."""
    try:
        return _difference(expected, got, depth)
    except Exception:  # noqa: BLE001 - a message must not turn a wrong answer into a crash of the grader
        return _plainly(expected, got)


def _difference(expected: Any, got: Any, depth: int) -> str:
    both = lambda kinds: isinstance(expected, kinds) and isinstance(got, kinds)  # noqa: E731
    if _unsent(got) or _unsent(expected):
        return _plainly(expected, got)
    if type(got) is not type(expected) and not both((list, tuple)):
        return f"expected {brief(expected)} ({type(expected).__name__}), got {brief(got)} ({type(got).__name__})"
    if depth >= MESSAGE_DEPTH:
        return _plainly(expected, got)
    if isinstance(expected, dict):
        return _dict_difference(expected, got, depth)
    if isinstance(expected, (list, tuple)):
        if len(got) != len(expected):
            return f"expected length {len(expected)}, got {len(got)}: expected {brief(expected)}, got {brief(got)}"
        for index, (want, have) in enumerate(zip(expected, got)):
            if canonical(want) != canonical(have):
                return f"at index {index}: {difference(want, have, depth + 1)}"
    if hasattr(expected, "dtype") and hasattr(expected, "shape"):
        return _array_difference(expected, got)
    return _plainly(expected, got)


def _unsent(value: Any) -> bool:
    """Whether the value did not travel (harness.sandbox.wire.Unsendable): its description says it all."""
    return type(value).__name__ == "Unsendable"


def _plainly(expected: Any, got: Any) -> str:
    want, have = brief(expected), brief(got)
    return f"expected {want}, got {have}" + (" (they differ beyond what is shown)" if want == have else "")


def _dict_difference(expected: dict, got: dict, depth: int) -> str:
    """Name the first missing, different or extra key, since a long dict's repr hides where they differ."""
    keys = {canonical(key): key for key in got}
    sizes = f"{len(got)} keys, expected {len(expected)}"
    for key, want in expected.items():
        mine = keys.get(canonical(key), _MISSING)
        if mine is _MISSING:
            return f"key {brief(key)} is missing (expected {brief(want)}){_lookalike(key, got)}; {sizes}"
        if canonical(got[mine]) != canonical(want):
            return f"at key {brief(key)}: {difference(want, got[mine], depth + 1)}"
    wanted = {canonical(key) for key in expected}
    extra = next((key for name, key in keys.items() if name not in wanted), _MISSING)
    if extra is _MISSING:
        return _plainly(expected, got)
    return f"unexpected key {brief(extra)} (value {brief(got[extra])}); {sizes}"


_MISSING = object()


def _lookalike(key: Any, got: dict) -> str:
    """`, though yours has 1.0 (float)` when a key of another type equals the missing one."""
    for mine in got:
        try:
            if mine == key:
                return f", though yours has {brief(mine)} ({type(mine).__name__})"
        except Exception:  # noqa: BLE001
            continue
    return ""


def _array_difference(expected: Any, got: Any) -> str:
    import numpy as np

    if expected.shape != got.shape:
        return f"shape: expected {expected.shape}, got {got.shape}"
    if expected.dtype != got.dtype:
        return f"dtype: expected {expected.dtype}, got {got.dtype}"
    wants, haves = expected.reshape(-1).tolist(), got.reshape(-1).tolist()
    flat = next((i for i, pair in enumerate(zip(wants, haves)) if canonical(pair[0]) != canonical(pair[1])), None)
    if flat is None:
        return _plainly(expected, got)
    where = tuple(int(i) for i in np.unravel_index(flat, expected.shape))
    return f"at {where}: expected {brief(wants[flat])}, got {brief(haves[flat])}"
