"""Design problems: LeetCode's operation lists, compared call by call with the reference's replay.

A failure names the first wrong call: its index, the call itself, what the reference returned and what yours did.
A call that returns an array of floats (a KV cache's `forward(x)`), or a tuple or list of them, is compared by the
floats rule with the `tolerance` and `relative_to_max` options; anything else exactly. Problems with randomized calls build on
`first_difference` with their own rule for those calls.

`void` names the methods LeetCode declares `-> None` (MinStack's `push` and `pop`): LeetCode's judge records
null for them whatever they return, so a `pop` that also returns the value it removed is not judged on that.
"""

from __future__ import annotations

import sys
from typing import Any, Callable

from harness.brief import brief
from harness.checkers import ACCEPT, Outcome, floats, reject
from harness.checkers.exact import difference, same

OPTIONS: dict = {  # for calls that return arrays of floats
    "tolerance": floats.OPTIONS["tolerance"], "relative_to_max": floats.OPTIONS["relative_to_max"],
    "void": [],  # methods declared -> None: what they return is not judged, as on LeetCode
}


def describe_call(given: dict, index: int) -> str:
    """`insert(5)`, as the call at `index` reads in the operation list."""
    arguments = ", ".join(brief(a, 60) for a in given["arguments"][index])
    return f"{given['operations'][index]}({arguments})"


Judge = Callable[[int, Any, Any], "str | None"]


def same_output(index: int, want: Any, have: Any, options: dict | None = None) -> str | None:
    """The default rule: the call returned what the reference's did, arrays of floats by the floats rule with
    `options` (this checker's)."""
    numpy = sys.modules.get("numpy")
    if numpy is not None and (isinstance(have, numpy.ndarray) or _holds_array(want, numpy)):
        return _array_difference(numpy, want, have, options or OPTIONS)
    return None if same(want, have) else difference(want, have)


def _holds_array(value: Any, numpy) -> bool:
    items = value if isinstance(value, (list, tuple)) else [value]
    return any(isinstance(item, numpy.ndarray) for item in items)


def _array_difference(numpy, want: Any, have: Any, options: dict) -> str | None:
    """Arrays of floats by the floats rule, tuples and lists of arrays item by item, anything else exactly."""
    if isinstance(have, numpy.ndarray) and isinstance(want, list) and not _holds_array(want, numpy):
        try:  # a list pinned in a statement's example stands for an array
            want = numpy.asarray(want, dtype=have.dtype if have.dtype.kind == "f" else None)
        except (TypeError, ValueError):
            pass
    if isinstance(want, numpy.ndarray) and want.dtype.kind == "f":
        outcome = floats.check({}, want, have, options)
        return None if outcome.ok else outcome.message
    if isinstance(want, (list, tuple)) and isinstance(have, (list, tuple)) and len(want) == len(have):
        for item, (mine, theirs) in enumerate(zip(want, have)):
            complaint = same_output(item, mine, theirs, options)
            if complaint is not None:
                return f"item {item} of the answer: {complaint}"
        return None
    return None if same(want, have) else difference(want, have)


def first_difference(given: dict, expected: list, got: Any, judge: Judge = same_output) -> Outcome:
    """Judge the outputs call by call with `judge(index, want, have)` (a complaint, or None when right)."""
    if not isinstance(got, (list, tuple)) or len(got) != len(expected):
        return reject(f"expected {len(expected)} outputs, one per call, got {brief(got)}")
    for index, (want, have) in enumerate(zip(expected, got)):
        complaint = judge(index, want, have)
        if complaint is not None:
            return reject(f"call {index}, {describe_call(given, index)}: {complaint}")
    return ACCEPT


EXACT_SCALARS = frozenset({int, str, bool, type(None)})  # types whose == is exact comparison


def check(given: dict, expected: Any, got: Any, options: dict) -> Outcome:
    if _identical(expected, got):  # the common case, compared at C speed: 10^5 calls cost no call each
        return ACCEPT
    void = set(options.get("void", ()))

    def judge(index: int, want: Any, have: Any) -> str | None:
        if index and given["operations"][index] in void:
            return None
        return same_output(index, want, have, options)

    return first_difference(given, expected, got, judge)


def _identical(expected: Any, got: Any) -> bool:
    """Whether `got` is, output for output, exactly the reference's list of ints, strings, bools and Nones (so the
    call-by-call rule would accept it): same types in the same places, and equal."""
    if type(got) is not list or type(expected) is not list or len(got) != len(expected):
        return False
    types = list(map(type, expected))
    return EXACT_SCALARS.issuperset(types) and types == list(map(type, got)) and got == expected
