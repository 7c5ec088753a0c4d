"""Exact comparison, as LeetCode compares serialized answers: a tuple may stand for a list, but 1 is not True
and 2.0 is not 2."""

from __future__ import annotations

from typing import Any

from harness.brief import brief
from harness.checkers import ACCEPT, Outcome, reject

OPTIONS: dict = {}


def canonical(value: Any) -> Any:
    """Map a value to a hashable form that compares as LeetCode's serialized output would."""
    if value is None:
        return ("null", None)
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, int):
        return ("int", value)
    if isinstance(value, float):
        return ("float", value)
    if isinstance(value, (list, tuple)):
        return ("list", tuple(canonical(item) for item in value))
    if isinstance(value, dict):
        return ("dict", frozenset((canonical(k), canonical(v)) for k, v in value.items()))
    if isinstance(value, (set, frozenset)):
        return ("set", frozenset(canonical(item) for item in value))
    return (type(value).__name__, value)


def check(given: dict, expected: Any, got: Any, options: dict) -> Outcome:
    if canonical(got) == canonical(expected):
        return ACCEPT
    return reject(difference(expected, got))


def difference(expected: Any, got: Any) -> str:
    """Say how `got` differs from `expected`, pointing at the first differing index of a list."""
    if type(got) is not type(expected) and not (isinstance(got, (list, tuple)) and isinstance(expected, (list, tuple))):
        return f"expected {brief(expected)} ({type(expected).__name__}), got {brief(got)} ({type(got).__name__})"
    if isinstance(expected, dict):
        return _dict_difference(expected, got)
    if isinstance(expected, (list, tuple)):
        if len(got) != len(expected):
            return f"expected length {len(expected)}, got {len(got)}: expected {brief(expected)}, got {brief(got)}"
        for index, (want, have) in enumerate(zip(expected, got)):
            if canonical(want) != canonical(have):
                return f"at index {index}: expected {brief(want)}, got {brief(have)}"
    return f"expected {brief(expected)}, got {brief(got)}"


def _dict_difference(expected: dict, got: dict) -> str:
    """Name the first missing, extra or different key, since a long dict's repr hides where they differ."""
    for key, want in expected.items():
        if key not in got:
            return f"key {brief(key)} is missing (expected {brief(want)}); {len(got)} keys, expected {len(expected)}"
        if canonical(got[key]) != canonical(want):
            return f"at key {brief(key)}: expected {brief(want)}, got {brief(got[key])}"
    extra = next(key for key in got if key not in expected)
    return f"unexpected key {brief(extra)} (value {brief(got[extra])}); {len(got)} keys, expected {len(expected)}"
