"""Exact, safe transport of values between the grader and its workers.

Values become JSON with tagged objects for what JSON lacks (tuples, sets, dicts with any keys, bytes,
NumPy arrays as raw bytes). Decoding builds only plain data, never runs code, so the parent can read what a
worker sends even when the user's code has tampered with it. Anything else travels as its repr.
"""

from __future__ import annotations

import base64
import json
import sys
from typing import Any

MAX_DEPTH = 200
MAX_REPR = 2000
PLAIN = frozenset({str, int, float, bool, type(None)})  # travel as themselves


def _flat(values: list) -> bool:
    """Whether every item is a plain scalar: such a list needs no walk (the common, large case)."""
    return PLAIN.issuperset(map(type, values))


def _plain_copy(values: list) -> list | None:
    """A copy of a flat list, or of a list of flat lists (a grid, LeetCode's call arguments); else None."""
    if _flat(values):
        return list(values)
    if all(type(row) is list for row in values) and all(map(_flat, values)):
        return [list(row) for row in values]
    return None


class Opaque:
    """A value that could not travel (an object of the user's own class, say): only its type and repr did."""

    def __init__(self, type_name: str, text: str):
        self.type_name, self.text = type_name, text

    def __repr__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Opaque) and (self.type_name, self.text) == (other.type_name, other.text)

    def __hash__(self) -> int:
        return hash((self.type_name, self.text))


def _short_repr(value: Any) -> str:
    try:
        text = repr(value)
    except Exception as exc:  # a user's __repr__ may raise
        text = f"<{type(value).__name__}: repr failed: {exc!r}>"
    return text if len(text) <= MAX_REPR else text[: MAX_REPR - 3] + "..."


def _ndarray(value: Any) -> dict:
    import numpy as np

    value = np.ascontiguousarray(value)
    return {
        "$ndarray": base64.b64encode(value.tobytes()).decode("ascii"),
        "dtype": value.dtype.str,
        "shape": list(value.shape),
    }


def to_wire(value: Any, depth: int = 0) -> Any:
    """Turn `value` into JSON-ready data that `from_wire` restores exactly."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, (int, float)):
        return value if type(value) in (int, float) else (int(value) if isinstance(value, int) else float(value))
    if depth >= MAX_DEPTH:
        return {"$opaque": _short_repr(value), "type": type(value).__name__}
    if isinstance(value, list):
        plain = _plain_copy(value)
        return plain if plain is not None else [to_wire(item, depth + 1) for item in value]
    if isinstance(value, tuple):
        return {"$tuple": [to_wire(item, depth + 1) for item in value]}
    if isinstance(value, (set, frozenset)):
        return {"$set": [to_wire(item, depth + 1) for item in value]}
    if isinstance(value, dict):
        return {"$dict": [[to_wire(k, depth + 1), to_wire(v, depth + 1)] for k, v in value.items()]}
    if isinstance(value, (bytes, bytearray)):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    numpy = sys.modules.get("numpy")
    if numpy is not None:
        if isinstance(value, numpy.ndarray) and value.dtype.kind in "biufc":
            return _ndarray(value)
        if isinstance(value, numpy.generic) and value.dtype.kind in "biuf":
            return to_wire(value.item(), depth)
    return {"$opaque": _short_repr(value), "type": type(value).__name__}


def from_wire(data: Any) -> Any:
    """Rebuild a value sent by `to_wire`; unknown tags are kept as plain dicts."""
    if isinstance(data, list):
        plain = _plain_copy(data)
        return plain if plain is not None else [from_wire(item) for item in data]
    if not isinstance(data, dict):
        return data
    if "$tuple" in data:
        return tuple(from_wire(item) for item in data["$tuple"])
    if "$set" in data:
        return {from_wire(item) for item in data["$set"]}
    if "$dict" in data:
        return {from_wire(k): from_wire(v) for k, v in data["$dict"]}
    if "$bytes" in data:
        return base64.b64decode(data["$bytes"])
    if "$ndarray" in data:
        import numpy as np

        raw = base64.b64decode(data["$ndarray"])
        return np.frombuffer(raw, dtype=np.dtype(data["dtype"])).reshape(data["shape"]).copy()
    if "$opaque" in data:
        return Opaque(str(data.get("type")), str(data["$opaque"]))
    return data


def dumps(value: Any) -> str:
    """Encode `value` as one line of JSON."""
    return json.dumps(to_wire(value), separators=(",", ":"))


def loads(text: str | bytes) -> Any:
    """Decode one line written by `dumps`."""
    return from_wire(json.loads(text))
