"""A list in any order, duplicates counted (LeetCode's "return the answer in any order", e.g. LC22). With
`items_unordered`, each item is itself a list in any order (LC49's groups, LC15's triplets)."""

from __future__ import annotations

from collections import Counter
from itertools import chain
from typing import Any

from harness.brief import brief
from harness.checkers import ACCEPT, Outcome, reject
from harness.checkers.exact import canonical

OPTIONS: dict = {"items_unordered": False}


def check(given: dict, expected: Any, got: Any, options: dict) -> Outcome:
    if not isinstance(got, (list, tuple, set, frozenset)):
        return reject(f"expected a list, got {brief(got)} ({type(got).__name__})")
    if _same_plain(expected, got, options.get("items_unordered")):
        return ACCEPT
    key = _multiset if options.get("items_unordered") else canonical
    want, have = Counter(map(key, expected)), Counter(map(key, got))
    if _same_counts(want, have):
        return ACCEPT
    missing = [item for item in expected if have[key(item)] < want[key(item)]]
    extra = [item for item in got if have[key(item)] > want[key(item)]]
    parts = [f"expected {items(len(expected))}, got {len(got)}"]
    if missing:
        parts.append(f"missing {brief(_unique(missing, key))}")
    if extra:
        parts.append(f"unexpected or repeated {brief(_unique(extra, key))}")
    return reject("; ".join(parts))


def _same_plain(expected: Any, got: Any, items_unordered: bool) -> bool:
    """The common case at C speed: both lists of ints only, or of strings only, or of lists holding ints only or
    strings only (one type throughout both), and equal as the rule compares them. False means "not shown equal
    here": the rule itself then decides."""
    if type(expected) is not list or type(got) is not list or len(expected) != len(got):
        return False
    kind = _one_type(expected)
    if kind is None or kind != _one_type(got):
        return False
    if kind[0] == "scalars":
        return _same_counts(Counter(expected), Counter(got))
    shape = sorted if items_unordered else tuple
    return _same_counts(Counter(map(tuple, map(shape, expected))), Counter(map(tuple, map(shape, got))))


def _same_counts(want: Counter, have: Counter) -> bool:
    """Counter equality as dict equality, in C (Counter's own `==` loops in Python); the same, as counting
    leaves no zero counts."""
    return dict.__eq__(want, have)


def _one_type(value: list) -> tuple[str, type] | None:
    """("scalars", T) for a list of T only, ("lists", T) for a list of lists (or tuples) of T only, T being int or
    str; None for anything else (mixed types, bools, floats, nesting, nothing at all)."""
    types = set(map(type, value))
    if len(types) == 1 and types <= {int, str}:
        return "scalars", types.pop()
    if not types or not types <= {list, tuple}:
        return None
    inner = set(map(type, chain.from_iterable(value)))
    return ("lists", inner.pop()) if len(inner) == 1 and inner <= {int, str} else None


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
