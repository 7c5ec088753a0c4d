"""What a grade keeps across runs: its prepared cases (their wire form), the reference's answers and the reference's
times, as one entry of the grade cache (harness.grading.cache). Custom cases (`run --input`) are never kept.

The entry's JSON holds what describes the cases; four blobs after it (harness.grading.cache) hold the values: the
inputs' texts (each case's wire JSON, harness.sandbox.wire.Packed) and their arrays' raw bytes, exactly what the
worker gets, then the expected answers' texts and arrays, which the worker never sees. Read back, nothing is
decoded ahead: the worker gets the texts as they are, and each case's input and expected answer are decoded when
the grade first looks at them, as that case's result comes in, while the worker runs.

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
    """Keep `prepared` (cases, inputs, expected, reference times measured at `measured_at`) under `key`, unless
    some value would not be restored exactly (cache.LOSSY_TAGS)."""
    body, blobs = _encode(key, prepared, measured_at)
    if not any(tag.encode() in blob for blob in blobs[2:] for tag in cache.LOSSY_TAGS):
        cache.write(KIND, key, body, blobs)


def rescaled(reference_s: list[float], then: speed.Speed, now: speed.Speed) -> list[float]:
    """Times measured at speed `then` as they would read at `now`: unchanged within SAME_SPEED, else scaled."""
    ratio = now.cpu / then.cpu
    if 1 / SAME_SPEED <= ratio <= SAME_SPEED:
        return list(reference_s)
    return [seconds * ratio for seconds in reference_s]


class Decoded(Sequence):
    """Values kept as their texts, each decoded when first read (then kept, and its text let go)."""

    def __init__(self, items: list, decode: Callable[[Any], Any]):
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
    """A case read from the cache, whose input (and pinned answer, item `pinned` of `answers`) is decoded when
    first read: a grade gives the worker its job before it decodes any (NumPy need not be imported before)."""

    def __init__(self, text: bytes, blob: memoryview, answers: Decoded, pinned: int | None, **fields: Any):
        self._text, self._blob, self._answers = text, blob, answers
        super().__init__(MISSING, **fields)
        self._pinned = pinned  # after the dataclass's own __init__, which sets `expected` to MISSING

    @property
    def expected(self) -> Any:
        if self._pinned is not None:
            self._expected, self._pinned = self._answers[self._pinned], None
        return self._expected

    @expected.setter
    def expected(self, value: Any) -> None:
        self._expected, self._pinned = value, None

    @property
    def input(self) -> dict:
        if self._input is MISSING:
            self._input = wire.loads_own(self._text, self._blob)
        return self._input

    @input.setter
    def input(self, value: dict) -> None:
        self._input = value


def _encode(key: str, prepared: tuple, measured_at: speed.Speed) -> tuple[dict, tuple[bytes, ...]]:
    cases, inputs, expected, reference_s = prepared
    answers, texts = bytearray(), []
    for value in expected:
        texts.append(b"" if isinstance(value, Raises) else wire.text_of(wire.to_wire(value, None, answers)))
    body = {
        "format": cache.FORMAT, "key": key, "speed": [measured_at.cpu, measured_at.wall],
        "cases": [{"name": case.name, "note": case.note, "note_zh": case.note_zh, "raises": case.raises,
                   "pinned": case.expected is not MISSING,
                   "memory_ceiling_mb": case.memory_ceiling_mb, "gradient": case.gradient} for case in cases],
        "input_sizes": [len(text) for text in inputs.texts],
        "expected": [{"raises": value.exception} if isinstance(value, Raises) else {"size": len(text)}
                     for value, text in zip(expected, texts)],
        "reference_s": [float(seconds) for seconds in reference_s],
    }
    return body, (inputs.blob, bytes(answers), b"".join(inputs.texts), b"".join(texts))


def _decode(entry: dict, blobs: list[memoryview], key: str) -> tuple[tuple, speed.Speed]:
    """The prepared tuple and the speed its times were measured at; raises on anything not as `_encode` wrote."""
    if entry["format"] != cache.FORMAT or entry["key"] != key or len(blobs) != 4:
        raise ValueError("another entry")
    inputs_blob, answers, input_texts, expected_texts = blobs
    inputs = wire.Packed(_split(input_texts, entry["input_sizes"]), inputs_blob)
    sizes = [0 if "raises" in item else item["size"] for item in entry["expected"]]
    answer_texts = _split(expected_texts, sizes)
    expected = Decoded([(item, text) for item, text in zip(entry["expected"], answer_texts)],
                       lambda pair: _answer(*pair, answers))
    reference_s = [float(seconds) for seconds in entry["reference_s"]]
    if not (len(entry["cases"]) == len(inputs) == len(expected) == len(reference_s)):
        raise ValueError("lengths differ")
    cases = [_case(spec, inputs.texts[index], inputs_blob, expected, index) for index, spec in enumerate(entry["cases"])]
    then = speed.Speed(float(entry["speed"][0]), float(entry["speed"][1]))
    if then.cpu <= 0:
        raise ValueError("no speed")
    return (cases, inputs, expected, reference_s), then


def _split(joined: memoryview, sizes: list) -> list[bytes]:
    if not all(type(size) is int and size >= 0 for size in sizes) or sum(sizes) != len(joined):
        raise ValueError("the texts' sizes do not add up")
    texts, start = [], 0
    for size in sizes:
        texts.append(bytes(joined[start:start + size]))
        start += size
    return texts


def _answer(item: dict, text: bytes, blob: memoryview) -> Any:
    return Raises(str(item["raises"])) if "raises" in item else wire.loads_own(text, blob)


def _case(spec: dict, text: bytes, blob: memoryview, expected: Decoded, index: int) -> Case:
    ceiling = spec["memory_ceiling_mb"]
    return KeptCase(
        text, blob, expected, index if spec["pinned"] is True else None, note=str(spec["note"]),
        note_zh=str(spec["note_zh"]),
        name=str(spec["name"]), raises=None if spec["raises"] is None else str(spec["raises"]),
        memory_ceiling_mb=None if ceiling is None else float(ceiling), gradient=spec["gradient"] is True,
    )
