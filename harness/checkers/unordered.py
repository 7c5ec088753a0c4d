"""A list in any order, duplicates counted (LeetCode's "return the answer in any order", e.g. LC22)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from harness.brief import brief
from harness.checkers import ACCEPT, Outcome, reject
from harness.checkers.exact import canonical

OPTIONS: dict = {}


def check(given: dict, expected: Any, got: Any, options: dict) -> Outcome:
    if not isinstance(got, (list, tuple, set, frozenset)):
        return reject(f"expected a list, got {brief(got)} ({type(got).__name__})")
    want, have = Counter(map(canonical, expected)), Counter(map(canonical, got))
    if want == have:
        return ACCEPT
    missing = [item for item in expected if have[canonical(item)] < want[canonical(item)]]
    extra = [item for item in got if have[canonical(item)] > want[canonical(item)]]
    parts = [f"expected {items(len(expected))}, got {len(got)}"]
    if missing:
        parts.append(f"missing {brief(_unique(missing))}")
    if extra:
        parts.append(f"unexpected or repeated {brief(_unique(extra))}")
    return reject("; ".join(parts))


def items(count: int) -> str:
    return f"{count} item" if count == 1 else f"{count} items"


def _unique(values: list) -> list:
    seen, unique = set(), []
    for item in values:
        if canonical(item) not in seen:
            seen.add(canonical(item))
            unique.append(item)
    return unique
