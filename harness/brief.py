"""Short, readable renderings of values for messages: huge inputs are cut, never dumped whole, and no value can
make a message fail (an int too long for `str`, a repr that raises, a structure nested 10^5 levels deep)."""

from __future__ import annotations

import math
import reprlib
from itertools import islice
from typing import Any

BIG_INT_DIGITS = 4000  # longer ints are described (str() stops at 4,300 digits and is quadratic before that)
SORTED_UP_TO = 1000  # sets and dicts are shown sorted up to this size; larger ones in their own order


def brief(value: Any, limit: int = 300) -> str:
    """Return a repr of `value` that stays within about `limit` characters, whatever the value."""
    try:
        return _brief(value, limit)
    except Exception:  # noqa: BLE001 - e.g. numpy's repr of an object array holding a huge int
        return describe(value)


def _brief(value: Any, limit: int) -> str:
    if type(value).__module__ == "numpy" and getattr(value, "shape", None) == ():  # np.float64(2.0) reads as 2.0
        value = value.item()
    if isinstance(value, str) and len(value) <= limit:
        return repr(value)
    if isinstance(value, int) and not isinstance(value, bool):
        text = _int_text(value)
    else:
        text = repr(value) if _size_hint(value, limit) <= limit else _repr.repr(value)
    if isinstance(value, (list, tuple, str)) and len(value) > 12:
        text += f"  (length {len(value):,})"
    return text if len(text) <= limit + 40 else text[:limit] + "..."


def describe(value: Any) -> str:
    """What a value is, without its repr: `<ndarray of shape (3,), dtype object>`, `<list of 5 items>`."""
    name = type(value).__name__
    try:
        if hasattr(value, "shape") and hasattr(value, "dtype"):
            return f"<{name} of shape {tuple(value.shape)}, dtype {value.dtype}>"
        if isinstance(value, (list, tuple, dict, set, frozenset)):
            return f"<{name} of {len(value):,} items>"
    except Exception:  # noqa: BLE001
        pass
    return f"<{name}>"


def _digits(number: int) -> int:
    """The number of decimal digits of `number`, give or take one, without converting it."""
    return int(abs(number).bit_length() * math.log10(2)) + 1


def _int_text(number: int) -> str:
    """An int's repr, or for a very long one its size and last digits (cheap: one division by a small number)."""
    digits = _digits(number)
    if digits <= BIG_INT_DIGITS:
        return repr(number)
    sign = "-" if number < 0 else ""
    return f"<int of about {digits:,} digits: {sign}...{abs(number) % 10**12:012d}>"


def _size_hint(value: Any, budget: int = 400, depth: int = 0) -> int:
    """A cheap upper bound on repr's length, without building the repr of a huge or deep value."""
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        if len(value) > budget or depth > 20:
            return budget + 1
        total = 2
        for item in value.items() if isinstance(value, dict) else value:
            total += _size_hint(item, budget - total, depth + 1) + 2
            if total > budget:
                return total
        return total
    if isinstance(value, int) and not isinstance(value, bool):
        return _digits(value) + 1
    if isinstance(value, (str, bytes)):
        return 4 * len(value) + 3
    return 24


class _Repr(reprlib.Repr):
    """reprlib, with long ints described and large sets and dicts shown without sorting them first."""

    def __init__(self) -> None:
        super().__init__()
        self.maxlist = self.maxtuple = self.maxset = self.maxfrozenset = self.maxdict = 12
        self.maxstring = self.maxother = 80
        self.maxlevel = 4

    def repr_int(self, x: int, level: int) -> str:
        return _int_text(x) if _digits(x) > BIG_INT_DIGITS else super().repr_int(x, level)

    def repr_set(self, x: set, level: int) -> str:
        return self._repr_iterable(_some(x, self.maxset), level, "{", "}", self.maxset) if x else "set()"

    def repr_frozenset(self, x: frozenset, level: int) -> str:
        if not x:
            return "frozenset()"
        return self._repr_iterable(_some(x, self.maxfrozenset), level, "frozenset({", "})", self.maxfrozenset)

    def repr_dict(self, x: dict, level: int) -> str:
        if not x:
            return "{}"
        if level <= 0:
            return "{" + self.fillvalue + "}"
        keys = _some(x, self.maxdict)
        pieces = [f"{self.repr1(k, level - 1)}: {self.repr1(x[k], level - 1)}" for k in keys[: self.maxdict]]
        return "{" + ", ".join(pieces + [self.fillvalue] * (len(keys) > self.maxdict)) + "}"


def _some(items, count: int) -> list:
    """The first `count` + 1 members in sorted order when there are few and they sort, else in their own order."""
    if len(items) <= SORTED_UP_TO:
        try:
            return sorted(items)[: count + 1]
        except Exception:  # noqa: BLE001 - members of different types
            pass
    return list(islice(items, count + 1))


_repr = _Repr()
