"""The `--json` output: strict JSON (RFC 8259) in UTF-8, whatever the values in it.

JSON has no NaN or infinities: they are written as the strings "NaN", "Infinity" and "-Infinity" (the encoding
of Protocol Buffers' JSON mapping). Lone surrogates are written as `\\udc80` escapes. Values from a case (input,
expected, got) become plain JSON data: arrays and sets as lists, dict keys that are not strings as their repr,
bytes as their repr, anything else, or anything too big, as its shortened repr.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from harness.brief import BIG_INT_DIGITS, brief

JSON_VALUE_LIMIT = 100_000  # characters of one value; a longer value is shown as its shortened repr
MAX_DEPTH = 100  # levels; the walks recurse twice per level, within Python's default limit of 1,000
NON_FINITE = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}
_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(data: Any) -> str:
    """One line of strict JSON for `data`."""
    text = json.dumps(strict(data), ensure_ascii=False, allow_nan=False)
    return _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def strict(data: Any, depth: int = 0) -> Any:
    """`data` (JSON-like: dicts, lists, strings, numbers) with what strict JSON cannot hold replaced."""
    if data is None or isinstance(data, (bool, str)):
        return data
    if isinstance(data, float):
        return float(data) if math.isfinite(data) else NON_FINITE[str(float(data))]
    if isinstance(data, int):
        return int(data) if abs(data).bit_length() < BIG_INT_DIGITS * 3 else brief(data)
    if depth >= MAX_DEPTH:
        return brief(data)
    if isinstance(data, dict):
        return {(key if isinstance(key, str) else brief(key)): strict(value, depth + 1) for key, value in data.items()}
    if isinstance(data, (list, tuple)):
        return [strict(item, depth + 1) for item in data]
    return jsonable(data)


class _Huge(Exception):
    """The value's JSON would pass its budget."""


def jsonable(value: Any, limit: int = JSON_VALUE_LIMIT) -> Any:
    """Plain JSON data for a value in a report; anything longer than `limit` characters as its shortened repr."""
    try:
        return _plain(value, [limit], 0)
    except _Huge:
        return brief(value, 1000)


def _spend(budget: list, size: int) -> None:
    budget[0] -= size
    if budget[0] < 0:
        raise _Huge


def _plain(item: Any, budget: list, depth: int) -> Any:
    _spend(budget, 8)
    if item is None or isinstance(item, (bool, float)):
        return item
    if isinstance(item, int):
        return item if abs(item).bit_length() < BIG_INT_DIGITS * 3 else brief(item)
    if isinstance(item, str):
        _spend(budget, len(item))
        return item
    if depth >= MAX_DEPTH:
        return brief(item)
    if isinstance(item, (list, tuple, set, frozenset)):
        return [_plain(x, budget, depth + 1) for x in item]
    if isinstance(item, dict):
        return {(k if isinstance(k, str) else brief(k)): _plain(v, budget, depth + 1) for k, v in item.items()}
    if hasattr(item, "tolist") and hasattr(item, "dtype"):  # a NumPy array or scalar
        _spend(budget, getattr(item, "size", 1) * 2)
        converted = item.tolist()
        return brief(converted) if hasattr(converted, "dtype") else _plain(converted, budget, depth)  # longdouble
    text = brief(item)  # bytes (b'\x00' is not the string '\x00'), opaque objects, anything else
    _spend(budget, len(text))
    return text
