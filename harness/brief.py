"""Short, readable renderings of values for messages: huge inputs are cut, never dumped whole."""

from __future__ import annotations

import reprlib
from typing import Any

_repr = reprlib.Repr()
_repr.maxlist = _repr.maxtuple = _repr.maxset = _repr.maxdict = 12
_repr.maxstring = _repr.maxother = 80
_repr.maxlevel = 4


def brief(value: Any, limit: int = 300) -> str:
    """Return a repr of `value` that stays within about `limit` characters."""
    if isinstance(value, str) and len(value) <= limit:
        return repr(value)
    text = repr(value) if _size_hint(value) <= limit else _repr.repr(value)
    if isinstance(value, (list, tuple, str)) and len(value) > 12:
        text += f"  (length {len(value)})"
    return text if len(text) <= limit + 40 else text[:limit] + "..."


def _size_hint(value: Any, budget: int = 400) -> int:
    """A cheap upper bound on repr's length, without building the repr of a huge value."""
    if isinstance(value, (list, tuple, set, dict)):
        if len(value) > budget:
            return budget + 1
        total = 0
        for item in value.items() if isinstance(value, dict) else value:
            total += _size_hint(item, budget - total) + 2
            if total > budget:
                return total
        return total
    return len(value) if isinstance(value, str) else 24
