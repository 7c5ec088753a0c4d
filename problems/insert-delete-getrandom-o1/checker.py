"""RandomizedSet: insert and remove must return what the reference's did; every getRandom must return a member of
the set as it is at that moment; and every long run of getRandom on an unchanged set must look like independent
uniform draws.

A run is tested four ways: how often each slice of the set came out; how often each pair of slices came out
in consecutive draws, pairing draws 1-2, 3-4, ... and again 2-3, 4-5, ...; and how often a draw repeated the one
before it (pairs 1-2, 3-4, ...: a uniform independent draw repeats with probability 1/n), which catches a getRandom
that returns its previous answer again a little too often, even on a large set. A slice is a range of positions in the
list the textbook solution keeps (insertion order; a removal moves the last value into the freed slot), so a bias
by position, such as a small random number taken modulo n, shows; a set of at most 16 elements is sliced into
single elements. Each count of a uniform independent getRandom is binomial, and Hoeffding's inequality with a union
bound over the cells (see harness/checkers/distribution.py) makes each test fail it with probability at most
DELTA / TESTS: at most DELTA per run. A grade tests far fewer than 10^-6 / DELTA = 100 runs (tests/test_hidden_cases.py
counts them), so a correct solution fails a grade with probability below 10^-6.
"""

from __future__ import annotations

from collections import Counter

from harness.brief import brief
from harness.checkers import ACCEPT, Outcome, reject
from harness.checkers.distribution import tolerance
from harness.checkers.operations import describe_call, same_output

OPTIONS = {"min_draws": 1000}  # shorter runs are checked for membership only
DELTA = 1e-8  # the chance that a uniform, independent getRandom fails one tested run
SINGLES = 16  # sets up to this size are sliced into single elements for the frequency test
SLICES = 8  # larger sets into this many slices
PAIR_SLICES = 4  # the slices of the pair tests: 16 cells
TESTS = 4  # per run: frequencies, pairs at two offsets, repeats; each may fail a correct solution with DELTA / TESTS


class Mirror:
    """The set as the textbook solution keeps it: a list of the values and each value's position in the list."""

    def __init__(self):
        self.values: list[int] = []
        self.position: dict[int, int] = {}

    def insert(self, value: int) -> None:
        if value not in self.position:
            self.position[value] = len(self.values)
            self.values.append(value)

    def remove(self, value: int) -> None:
        index = self.position.pop(value, None)
        if index is not None:
            last = self.values.pop()
            if index < len(self.values):
                self.values[index], self.position[last] = last, index


def check(given: dict, expected: list, got, options: dict) -> Outcome:
    operations, arguments = given["operations"], given["arguments"]
    if not isinstance(got, (list, tuple)) or len(got) != len(expected):
        return reject(f"expected {len(expected)} outputs, one per call, got {brief(got)}")
    mirror, run, start, unfair = Mirror(), [], 0, None  # run: the positions drawn since the set last changed
    for index, (operation, want, have) in enumerate(zip(operations, expected, got)):
        if operation == "getRandom":
            position = mirror.position.get(have) if type(have) is int else None
            if position is None:
                members = brief(sorted(mirror.values))
                return reject(f"call {index}, getRandom(): returned {brief(have)}, which is not in the set {members}")
            start = start if run else index
            run.append(position)
            continue
        complaint = None if have is want else same_output(index, want, have)  # `is`: the common True and False
        if complaint is not None:
            return reject(f"call {index}, {describe_call(given, index)}: {complaint}")
        if operation in ("insert", "remove") and (arguments[index][0] in mirror.position) == (operation == "remove"):
            if run:  # the set is about to change: the run ends
                unfair = unfair or run_complaint(run, mirror.values, start, options["min_draws"])
                run = []
            getattr(mirror, operation)(arguments[index][0])
    unfair = unfair or run_complaint(run, mirror.values, start, options["min_draws"])
    return reject(f"getRandom is {unfair}") if unfair else ACCEPT


def run_complaint(positions: list[int], values: list[int], start: int, min_draws: int) -> str | None:
    """None if a run's draws (positions in `values`; the first at call `start`) pass the three tests."""
    n, draws = len(values), len(positions)
    if draws < min_draws or n < 2:
        return None
    where = f"in the run of {draws} draws from {n} elements starting at call {start}"
    slices = Slicing(values, n if n <= SINGLES else SLICES)
    labels = [p * slices.count // n for p in positions]
    found = frequency_outlier(labels, slices.probabilities())
    if found:
        cell, seen, mean, allowed = found
        return (f"not uniform: {where}, {slices.name(cell)} came out {seen} times; a uniform choice gives "
                f"{mean:.0f}, give or take {allowed:.0f}{_odds()}")
    pairs = Slicing(values, min(n, PAIR_SLICES))
    labels = [p * pairs.count // n for p in positions]
    cells = [a * b for a in pairs.probabilities() for b in pairs.probabilities()]
    for offset in (0, 1):
        found = frequency_outlier([a * pairs.count + b for a, b in zip(labels[offset::2], labels[offset + 1::2])], cells)
        if found:
            cell, seen, mean, allowed = found
            first, second = pairs.name(cell // pairs.count), pairs.name(cell % pairs.count)
            return (f"not independent from one draw to the next: {where}, {first} was followed by {second} {seen} "
                    f"times in {(draws - offset) // 2} disjoint pairs of consecutive draws; independent uniform "
                    f"draws give {mean:.0f}, give or take {allowed:.0f}{_odds()}")
    return repeat_complaint(positions, n, where)


def repeat_complaint(positions: list[int], n: int, where: str) -> str | None:
    """None unless draws 2k and 2k+1 are equal more (or less) often than independent uniform draws allow."""
    pairs = len(positions) // 2
    repeats = sum(a == b for a, b in zip(positions[0::2], positions[1::2]))
    mean, allowed = pairs / n, tolerance(pairs, 1, DELTA / TESTS)
    if abs(repeats - mean) < allowed:
        return None
    return (f"not independent from one draw to the next: {where}, a draw returned the same value as the draw "
            f"before it {repeats} times in {pairs} disjoint pairs; independent uniform draws give {mean:.0f}, give "
            f"or take {allowed:.0f}{_odds()}")


class Slicing:
    """`count` slices of the positions 0..n-1 of `values`, as equal as whole positions allow."""

    def __init__(self, values: list[int], count: int):
        self.values, self.count = values, count
        n = len(values)
        self.starts = [-(-cell * n // count) for cell in range(count + 1)]  # the first p with p * count // n == cell

    def probabilities(self) -> list[float]:
        n = len(self.values)
        return [(self.starts[cell + 1] - self.starts[cell]) / n for cell in range(self.count)]

    def name(self, cell: int) -> str:
        low, high = self.starts[cell], self.starts[cell + 1] - 1
        if low == high:
            return f"the value {self.values[low]}"
        return f"the {high - low + 1} values at positions {low}-{high} of the list in the statement's solution"


def frequency_outlier(labels: list[int], probabilities: list[float]) -> tuple[int, int, float, float] | None:
    """The first cell whose count strays too far from its mean (cell, count, mean, allowed), or None."""
    counts, total = Counter(labels), len(labels)
    allowed = tolerance(total, len(probabilities), DELTA / TESTS)
    for cell, probability in enumerate(probabilities):
        if abs(counts[cell] - total * probability) >= allowed:
            return cell, counts[cell], total * probability, allowed
    return None


def _odds() -> str:
    return f" (a correct getRandom stays within that with probability 1 - {DELTA / TESTS:.1g})"
