"""A list in any order, duplicates counted (LeetCode's "return the answer in any order", e.g. LC22). With
`items_unordered`, each item is itself a list in any order (LC49's groups, LC15's triplets)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from harness.brief import brief
from harness.checkers import ACCEPT, Outcome, reject
from harness.checkers.exact import canonical

OPTIONS: dict = {"items_unordered": False}


def check(given: dict, expected: Any, got: Any, options: dict) -> Outcome:
    if not isinstance(got, (list, tuple, set, frozenset)):
        return reject(f"expected a list, got {brief(got)} ({type(got).__name__})")
    key = _multiset if options.get("items_unordered") else canonical
    want, have = Counter(map(key, expected)), Counter(map(key, got))
    if want == have:
        return ACCEPT
    missing = [item for item in expected if have[key(item)] < want[key(item)]]
    extra = [item for item in got if have[key(item)] > want[key(item)]]
    parts = [f"expected {items(len(expected))}, got {len(got)}"]
    if missing:
        parts.append(f"missing {brief(_unique(missing, key))}")
    if extra:
        parts.append(f"unexpected or repeated {brief(_unique(extra, key))}")
    return reject("; ".join(parts))


def items(count: int) -> str:
    return f"{count} item" if count == 1 else f"{count} items"


def _multiset(item: Any) -> Any:
    """An item compared as a list in any order; anything else (a number where a list belongs) as itself."""
    if isinstance(item, (list, tuple)):
        return ("multiset", tuple(sorted(Counter(map(canonical, item)).items(), key=repr)))
    return canonical(item)


def _unique(values: list, key=canonical) -> list:
    seen, unique = set(), []
    for item in values:
        if key(item) not in seen:
            seen.add(key(item))
            unique.append(item)
    return unique
