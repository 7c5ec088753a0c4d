"""Test cases and LeetCode's text format for them (statement examples and `run --input`).

Problem packages build hidden cases with `Case`; the examples are read from the statement's fenced blocks:

    Input: nums = [2,7,11,15], target = 9
    Output: [0,1]

Design problems give two JSON lists, the operations and their arguments, as LeetCode prints them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from harness.errors import InputError

MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()
NAMED_VALUE = re.compile(r"\s*([A-Za-z_]\w*)\s*=\s*")
FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


@dataclass
class Case:
    """One test: named inputs, the expected answer (MISSING: ask the reference) and a note on what it tests (in
    English, and in Chinese as `note_zh`).

    `raises` names the exception class the call must raise instead of returning (the reference must raise it
    too; the user's code may raise it or a subclass); `memory_ceiling_mb` bounds the memory the call may
    allocate (its peak resident memory above where it stood before the call).
    """

    input: dict[str, Any]
    expected: Any = MISSING
    note: str = ""
    name: str = field(default="", compare=False)
    raises: str | None = None
    memory_ceiling_mb: float | None = None
    gradient: bool = False  # PyTorch flavour: also compare gradients (harness.grading.gradients)
    note_zh: str = ""  # the note in Chinese, shown under --lang zh


def parse_values(text: str) -> list[Any]:
    """Parse a run of JSON values separated by white space or commas."""
    decoder, values, position = json.JSONDecoder(), [], 0
    while True:
        position = _skip_separators(text, position)
        if position >= len(text):
            return values
        try:
            value, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            raise InputError(f"not a JSON value at {text[position:position + 30]!r} ({exc.msg})") from None
        values.append(value)


def _skip_separators(text: str, position: int) -> int:
    while position < len(text) and (text[position].isspace() or text[position] == ","):
        position += 1
    return position


def parse_input(text: str, params: list[str], kind: str = "function") -> dict[str, Any]:
    """Parse `a = 1, b = [2]` or one JSON value per parameter, in order, into named inputs."""
    if kind == "design":
        params = ["operations", "arguments"]
    text = text.strip()
    if NAMED_VALUE.match(text) and kind != "design":
        given = _parse_named(text)
    else:
        values = parse_values(text)
        if len(values) > len(params):
            raise InputError(f"expected at most {len(params)} values ({', '.join(params)}), got {len(values)}")
        given = dict(zip(params, values))
    unknown = [name for name in given if name not in params]
    if unknown:
        raise InputError(f"unknown parameter {unknown[0]!r}; this problem takes {', '.join(params)}")
    if kind == "design":
        _check_design(given)
    return given


def _parse_named(text: str) -> dict[str, Any]:
    decoder, given, position = json.JSONDecoder(), {}, 0
    while position < len(text):
        match = NAMED_VALUE.match(text, position)
        if not match:
            raise InputError(f"expected `name = value` at {text[position:position + 30]!r}")
        if match.group(1) in given:
            raise InputError(f"{match.group(1)} is given twice")
        try:
            given[match.group(1)], position = decoder.raw_decode(text, match.end())
        except json.JSONDecodeError as exc:
            raise InputError(f"{match.group(1)}: not a JSON value ({exc.msg})") from None
        position = _skip_separators(text, position)
    return given


def _check_design(given: dict[str, Any]) -> None:
    operations, arguments = given.get("operations"), given.get("arguments")
    if not (isinstance(operations, list) and isinstance(arguments, list) and len(operations) == len(arguments)):
        raise InputError("a design case is two lists of equal length: the operations and their arguments")
    if not all(isinstance(name, str) for name in operations) or not all(isinstance(a, list) for a in arguments):
        raise InputError("operations are strings and each call's arguments a list")


def parse_examples(markdown: str, params: list[str], kind: str) -> list[Case]:
    """Read the statement's examples: fenced blocks that start with `Input:` and hold an `Output:`."""
    examples = []
    for block in FENCE.findall(markdown):
        if not block.lstrip().startswith("Input"):
            continue
        head, separator, tail = block.lstrip()[len("Input"):].lstrip(":").partition("Output")
        if not separator:
            raise InputError(f"example without an Output: {block[:60]!r}")
        output_text = tail.lstrip(":").split("\nExplanation")[0]
        values = parse_values(output_text)
        if len(values) != 1:
            raise InputError(f"example output must be one JSON value: {output_text.strip()[:60]!r}")
        examples.append(Case(parse_input(head, params, kind), values[0]))
    return examples
