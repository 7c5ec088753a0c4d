"""Exact, safe transport of values between the grader and its workers.

Values become strict JSON, with tagged objects for what JSON lacks: tuples, sets, frozensets, dicts with any keys,
bytes, complex numbers, NaN and infinities, ints too long for `str`, NumPy arrays (raw bytes, or their items for
object arrays) and NumPy scalars. An object of the user's own class travels as its type and repr (`Opaque`).

Whatever the user returns, encoding ends soon and small. Subclasses of the built-in types are read through the
built-in methods, so no user code runs but a `__repr__`, which gets a time limit. A value nested deeper than
MAX_DEPTH, or whose encoding would pass MAX_BYTES, travels as a short description (`Unsendable`), which equals
nothing: the checker then reports a wrong answer that says why. Decoding builds only plain data, never runs
code and never raises, so the parent can read what a worker sends even when the user's code has tampered with it.

Arrays can also travel as raw bytes beside the JSON: encoded with a `blobs` buffer, an array is an offset into it
(`$raw`), and decoding takes the same bytes back (`from_wire(data, blob)`). The grade's inputs go to the worker so
(`pack`, `Packed`), its answers come back so, and the grade cache keeps both so: base64 and JSON cost about a
second per 50 MB on each side, raw bytes almost nothing.
"""

from __future__ import annotations

import base64
import json
import math
from itertools import chain
from typing import Any

from harness.sandbox.encoding import MAX_BYTES, MAX_DEPTH, PLAIN, RAW_KINDS, encode  # noqa: F401 (interface)


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


class Unsendable:
    """A value that did not travel (too deep, too large, or malformed): its description did. It equals nothing
    but itself, so no answer can pass as one."""

    def __init__(self, what: str):
        self.what = what

    def __repr__(self) -> str:
        return f"<{self.what}>"


def to_wire(value: Any, limit: int | None = MAX_BYTES, blobs: bytearray | None = None) -> Any:
    """Turn `value` into JSON-ready data that `from_wire` restores exactly, or, past `limit` bytes of encoding, as
    an Unsendable. Answers keep the limit (it bounds the grader's memory); the catalogue's own inputs need none.
    With `blobs`, arrays' bytes are appended to it, and the data refers to them by offset."""
    return encode(value, limit, blobs)


def from_wire(data: Any, blob: bytes | memoryview = b"") -> Any:
    """Rebuild a value sent by `to_wire` (its arrays' bytes in `blob`, if it was given blobs). Never raises:
    malformed data decodes to an Unsendable."""
    return _decode(data, 0, blob)


class Packed:
    """Values as they travel to a worker: each one's wire data as its own JSON text, their arrays' bytes in one
    blob beside them. What `pack` makes; the worker, and the grade cache (harness.grading.kept), keep the texts as
    they are and decode each value only when it is needed (`value`)."""

    def __init__(self, texts: list[bytes], blob: bytes = b""):
        self.texts, self.blob = list(texts), blob

    @classmethod
    def of_items(cls, items: list, blob: bytes = b"") -> "Packed":
        """Packed wire data (what `to_wire` made, its arrays in `blob`)."""
        return cls([text_of(item) for item in items], blob)

    @property
    def items(self) -> list:
        """Each value's wire data."""
        return [json.loads(text) for text in self.texts]

    def __len__(self) -> int:
        return len(self.texts)

    def value(self, index: int) -> Any:
        """The value of item `index`, built afresh."""
        return loads_own(self.texts[index], self.blob)

    def only(self, indexes) -> "Packed":
        """The items at `indexes` (a range, say), with the same blob."""
        return Packed([self.texts[index] for index in indexes], self.blob)

    def replaced(self, index: int, value: Any) -> "Packed":
        """These items, with item `index` now `value` (its arrays in base64, the blob unchanged)."""
        texts = list(self.texts)
        texts[index] = text_of(to_wire(value, None))
        return Packed(texts, self.blob)


def pack(values: list) -> Packed:
    """Encode `values` (the catalogue's own: no size limit) sharing one blob."""
    blobs = bytearray()
    texts = [text_of(to_wire(value, None, blobs)) for value in values]
    return Packed(texts, bytes(blobs))


def text_of(data: Any) -> bytes:
    """Wire data as the compact JSON text that `Packed` keeps and `loads_own` reads."""
    return json.dumps(data, separators=(",", ":")).encode("ascii")


def loads_own(text: bytes | str, blob: bytes | memoryview = b"") -> Any:
    """Decode the JSON text of wire data the harness wrote itself (the cases it packed, the cache it keeps): the
    tagged objects are rebuilt as the C parser meets them (every JSON object of wire data is one), with no walk of
    the plain lists in Python and no garbage collection while millions of them are made. Answers, which the user's
    code wrote, go through `from_wire` and its limits instead."""
    import gc

    hook = lambda data: _tagged_built(data, blob)  # noqa: E731
    enabled = gc.isenabled()
    gc.disable()
    try:
        return json.loads(text, object_hook=hook)
    finally:
        if enabled:
            gc.enable()


def _tagged_built(data: dict, blob: bytes | memoryview) -> Any:
    """One tagged object whose members the parser has already decoded (see `_tagged`)."""
    if "$tuple" in data:
        return tuple(data["$tuple"])
    if "$set" in data:
        return set(data["$set"])
    if "$frozenset" in data:
        return frozenset(data["$frozenset"])
    if "$dict" in data:
        return {key: value for key, value in data["$dict"]}
    if "$objects" in data:
        return _object_array(data["$objects"], data["shape"])
    if "$complex" in data:
        real, imag = data["$complex"]
        return complex(float(real), float(imag))
    return _tagged(data, 0, blob)  # the rest hold no wire data inside: bytes, big ints, floats, arrays


def is_grid(data: list) -> bool:
    """Whether `data` is a list of lists of plain JSON scalars (checked in C: no Python call per row)."""
    return set(map(type, data)) == {list} and PLAIN.issuperset(map(type, chain.from_iterable(data)))


def _decode(data: Any, depth: int, blob: bytes | memoryview) -> Any:
    if type(data) is list:
        if PLAIN.issuperset(map(type, data)):
            return list(data)
        if depth > MAX_DEPTH + 1:
            return Unsendable("a value nested too deep")
        if is_grid(data):
            return list(map(list, data))  # a design problem's arguments, a grid: no call per item
        decoded = []
        for item in data:
            decoded.append(_decode(item, depth + 1, blob))
        return decoded
    if type(data) is not dict:
        return data
    if depth > MAX_DEPTH + 1:
        return Unsendable("a value nested too deep")
    try:
        return _tagged(data, depth, blob)
    except Exception:  # noqa: BLE001 - only a tampered channel sends malformed data; it must not crash the grader
        return Unsendable("a malformed value (was the result channel tampered with?)")


def _items(data: Any, depth: int, blob: bytes | memoryview) -> list:
    if type(data) is not list:
        raise ValueError("not a list")
    return [_decode(item, depth + 1, blob) for item in data]


def _tagged(data: dict, depth: int, blob: bytes | memoryview) -> Any:
    """Decode one tagged object; unknown tags are kept as plain dicts."""
    if "$tuple" in data:
        return tuple(_items(data["$tuple"], depth, blob))
    if "$set" in data:
        return set(_items(data["$set"], depth, blob))
    if "$frozenset" in data:
        return frozenset(_items(data["$frozenset"], depth, blob))
    if "$dict" in data:
        decoded = {}
        for pair in _items(data["$dict"], depth - 1, blob):
            key, value = pair
            decoded[key] = value
        return decoded
    if "$bytes" in data:
        return base64.b64decode(data["$bytes"], validate=True)
    if "$int" in data:
        return int(str.__str__(data["$int"]), 16)
    if "$float" in data:
        return {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}[data["$float"]]
    if "$complex" in data:
        real, imag = _items(data["$complex"], depth, blob)
        return complex(float(real), float(imag))
    if "$raw" in data:
        return _raw(data, blob)
    if "$ndarray" in data:
        return _array(data)
    if "$objects" in data:
        return _object_array(_items(data["$objects"], depth, blob), data["shape"])
    if "$opaque" in data:
        return Opaque(str(data.get("type")), str(data["$opaque"]))
    if "$unsent" in data:
        return Unsendable(str(data["$unsent"])[:500])
    return data


def _array(data: dict) -> Any:
    """An array whose bytes travelled in base64."""
    raw = base64.b64decode(data["$ndarray"], validate=True)
    return _from_bytes(data, raw, 0, len(raw))


def _raw(data: dict, blob: bytes | memoryview) -> Any:
    """An array whose bytes lie in `blob`, within the blob's bounds."""
    offset, size = data["$raw"]
    if type(offset) is not int or type(size) is not int or not 0 <= offset <= offset + size <= len(blob):
        raise ValueError("an array's bytes lie outside the blob")
    return _from_bytes(data, blob, offset, size)


def _from_bytes(data: dict, buffer: bytes | memoryview, offset: int, size: int) -> Any:
    """The array `data` describes (dtype, shape, scalar), from `size` bytes of `buffer` at `offset`, checked
    against its dtype and shape, in memory of its own."""
    import numpy as np

    dtype = np.dtype(str(data["dtype"]))
    if dtype.kind not in RAW_KINDS or dtype.hasobject:
        raise ValueError(f"no raw arrays of dtype {dtype}")
    shape = [int(n) for n in data["shape"]]
    if size != math.prod(shape) * dtype.itemsize:
        raise ValueError("an array's bytes do not match its shape")
    array = np.frombuffer(buffer, dtype=dtype, count=size // dtype.itemsize if dtype.itemsize else 0, offset=offset)
    array = array.reshape(shape).copy()  # its own memory: the buffer may be let go, the array changed
    return array[()] if data.get("scalar") else array


def _object_array(items: list, shape: list) -> Any:
    import numpy as np

    array = np.empty(len(items), dtype=object)
    for index, item in enumerate(items):
        array[index] = item
    return array.reshape([int(n) for n in shape])


def dumps(value: Any) -> str:
    """Encode `value` as one line of JSON."""
    return json.dumps(to_wire(value), separators=(",", ":"))


def loads(text: str | bytes) -> Any:
    """Decode one line written by `dumps`."""
    return from_wire(json.loads(text))
