"""What a grade keeps across runs: its prepared cases (their wire form), the reference's answers and the reference's
times, as one entry of the grade cache (harness.grading.cache). Custom cases (`run --input`) are never kept.

The arrays travel as raw bytes in two blobs after the entry's JSON (harness.grading.cache): the inputs' blob is the
very one the worker gets (harness.sandbox.wire.Packed), and the expected answers have one of their own, which the
worker never sees. Read back, the entry is decoded lazily: the worker gets the cases' wire form as it is, and each case's input and
expected answer are decoded when the grade first looks at them, as that case's result comes in, while the worker
runs; tens of megabytes of arrays are not decoded before the worker may start.

The reference's times come with the machine speed (harness.grading.speed) they were measured at. They only inform
(the limits come from problem.toml scaled by the speed now): when the speed now is within SAME_SPEED of then they
are reused as they are, so the same file reads the same against the reference grade after grade; otherwise they
are scaled by the ratio of the two speeds, as the limits are, rather than re-timed, which would cost the very run
the cache saves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Callable

from harness.catalogue.cases import MISSING, Case
from harness.grading import cache, speed
from harness.grading.classify import Raises
from harness.sandbox import wire

KIND = "prepared"
SAME_SPEED = 1.25  # speeds within this factor of each other, either way, count as the same


def load(key: str) -> tuple | None:
    """The prepared (cases, inputs, expected, reference times) kept under `key`, the times brought to the machine's
    speed now; None when there is no usable entry."""
    try:
        (cases, inputs, expected, reference_s), then = _decode(*cache.read_with_blobs(KIND, key), key)
    except Exception:  # noqa: BLE001 - no entry, or not as `store` writes them: recomputed and rewritten
        return None
    return cases, inputs, expected, rescaled(reference_s, then, speed.measure())


def store(key: str, prepared: tuple, measured_at: speed.Speed) -> None:
    """Keep `prepared` (cases, inputs, expected, reference times measured at `measured_at`) under `key`."""
    cache.write(KIND, key, *_encode(key, prepared, measured_at))


def rescaled(reference_s: list[float], then: speed.Speed, now: speed.Speed) -> list[float]:
    """Times measured at speed `then` as they would read at `now`: unchanged within SAME_SPEED, else scaled."""
    ratio = now.cpu / then.cpu
    if 1 / SAME_SPEED <= ratio <= SAME_SPEED:
        return list(reference_s)
    return [seconds * ratio for seconds in reference_s]


class Decoded(Sequence):
    """Wire data read as the values it stands for, each decoded when first read (then kept, and its wire form
    let go)."""

    def __init__(self, items: list, decode: Callable[[Any], Any] = wire.from_wire):
        self._items, self._decode, self._values = list(items), decode, {}

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        index = range(len(self))[index]  # negative indexes, and IndexError past the end
        if index not in self._values:
            self._values[index] = self._decode(self._items[index])
            self._items[index] = None
        return self._values[index]


class KeptCase(Case):
    """A case read from the cache, whose input is decoded from its wire form when first read."""

    def __init__(self, wired: Any, blob: memoryview, **fields: Any):
        self._wired, self._blob = wired, blob
        super().__init__(MISSING, **fields)

    @property
    def input(self) -> dict:
        if self._input is MISSING:
            self._input = wire.from_wire(self._wired, self._blob)
        return self._input

    @input.setter
    def input(self, value: dict) -> None:
        self._input = value


def _encode(key: str, prepared: tuple, measured_at: speed.Speed) -> tuple[dict, tuple[bytes, bytes]]:
    cases, inputs, expected, reference_s = prepared
    answers = bytearray()
    body = {
        "format": cache.FORMAT, "key": key, "speed": [measured_at.cpu, measured_at.wall],
        "cases": [{"name": case.name, "note": case.note, "note_zh": case.note_zh, "raises": case.raises,
                   "pinned": case.expected is not MISSING,
                   "memory_ceiling_mb": case.memory_ceiling_mb, "gradient": case.gradient} for case in cases],
        "inputs": list(inputs.items),
        "expected": [{"raises": value.exception} if isinstance(value, Raises)
                     else {"value": wire.to_wire(value, None, answers)} for value in expected],
        "reference_s": [float(seconds) for seconds in reference_s],
    }
    return body, (inputs.blob, bytes(answers))


def _decode(entry: dict, blobs: list[memoryview], key: str) -> tuple[tuple, speed.Speed]:
    """The prepared tuple and the speed its times were measured at; raises on anything not as `_encode` wrote."""
    if entry["format"] != cache.FORMAT or entry["key"] != key or len(blobs) != 2:
        raise ValueError("another entry")
    inputs_blob, answers = blobs
    inputs = wire.Packed(list(entry["inputs"]), inputs_blob)
    reference_s = [float(seconds) for seconds in entry["reference_s"]]
    expected = Decoded(entry["expected"], lambda item: _answer(item, answers))
    if not (len(entry["cases"]) == len(inputs.items) == len(expected) == len(reference_s)):
        raise ValueError("lengths differ")
    cases = [_case(spec, inputs.items[index], inputs_blob, expected, index) for index, spec in enumerate(entry["cases"])]
    then = speed.Speed(float(entry["speed"][0]), float(entry["speed"][1]))
    if then.cpu <= 0:
        raise ValueError("no speed")
    return (cases, inputs, expected, reference_s), then


def _answer(item: dict, blob: memoryview) -> Any:
    return Raises(str(item["raises"])) if "raises" in item else wire.from_wire(item["value"], blob)


def _case(spec: dict, wired: Any, blob: memoryview, expected: Decoded, index: int) -> Case:
    if not isinstance(wired, dict):
        raise ValueError("a case's input is a dict")
    ceiling = spec["memory_ceiling_mb"]
    return KeptCase(
        wired, blob, expected=expected[index] if spec["pinned"] is True else MISSING, note=str(spec["note"]),
        note_zh=str(spec["note_zh"]),
        name=str(spec["name"]), raises=None if spec["raises"] is None else str(spec["raises"]),
        memory_ceiling_mb=None if ceiling is None else float(ceiling), gradient=spec["gradient"] is True,
    )
