"""`compare`: your solution against the reference on inputs of growing size: time ratio, growth, memory.

Both run in isolated workers on the same inputs. Rounds alternate between the two sides (and which goes first),
each call repeated and its best time kept, so that drift and noise hit both alike; the medians over rounds are
reported. Peak memory is measured in a separate pass, in a fresh worker, on the largest size both completed.
The first round's answers are checked against the reference's: from the first size answered wrongly, or not at
all, no time is claimed. Each timed call runs on a freshly loaded file (the job's `fresh_module`), so that a cache
(`@cache` on the entry point, a module-level dict) cannot carry answers over from one call to the next.
Nothing here prints.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from harness import checkers, units
from harness.sandbox import parent as sandbox
from harness.compare import timing
from harness.grading import speed
from harness.sandbox import wire
from harness.sandbox.protocol import Kind, Status
from harness.grading import REFERENCE_LIMIT_S, make_job
from harness.catalogue.problem import Problem
from harness.errors import GradingFault
from harness.grading import classify
from harness.grading.verdict import Verdict

MIN_ROUNDS, MAX_ROUNDS, MAX_REPEATS = 3, 9, 3
TRACE_SLOWDOWN = 20  # where tracemalloc has to trace the memory pass, it slows Python code: allow for it
FIT_FLOOR_S = 20e-6  # times below this are mostly call overhead: left out of the growth fit
Progress = Callable[[str, int, int], None]


@dataclass
class Side:
    """One side's measurements: the median time per size (None where it did not finish) and what they say."""

    seconds: list[float | None]
    exponent: float | None = None
    complexity: str = ""
    peak_memory_bytes: int | None = None


@dataclass
class Comparison:
    problem: str
    file: str
    sizes: list[int]
    user: Side
    reference: Side
    ratio: float | None = None
    ratio_range: tuple[float, float] | None = None
    rounds: int = 0
    limit_s: float = 0.0
    problems: list[str] = field(default_factory=list)  # wrong answers, errors, sizes that ran out of time
    verdict: Verdict = Verdict.ACCEPTED  # the first failing size's verdict: no speed is claimed from it on

    @property
    def summary(self) -> str:
        """The finding in one sentence: a failure on the ladder, classes, and the ratio at the largest size."""
        parts = []
        if self.user.complexity and self.reference.complexity:
            parts.append(f"yours looks {self.user.complexity}, the reference {self.reference.complexity}")
        if self.ratio is not None:
            n = self.sizes[max(i for i, t in enumerate(self.user.seconds) if t is not None)]
            speed = units.comparison(self.ratio) or "too fast to measure against the reference"
            parts.append(f"at n = {n:,} yours is {speed}")
        finding = ": ".join(parts) if parts else "not enough measurements to compare"
        return finding if self.verdict is Verdict.ACCEPTED else f"{self.verdict.label} on the size ladder; {finding}"


class Measure:
    """Runs jobs on the size ladder and collects per-size best times for one side."""

    def __init__(self, problem: Problem, file: Path, inputs: list, limit_s: float):
        self.problem, self.file, self.inputs, self.limit_s = problem, file, inputs, limit_s

    def run(self, count: int, repeats: int, trace_memory: bool = False, first: int = 0) -> list[dict]:
        """Run sizes first..first+count-1; return each size's result event data (or a failure record)."""
        job = make_job(self.problem, self.file, self.inputs[first:first + count], [self.limit_s] * count)
        job.repeats, job.trace_memory = repeats, trace_memory
        job.fresh_module = True  # each timed call on a freshly loaded file: no cache carries over between calls
        results: list[dict] = []
        with sandbox.Worker(job) as worker:
            for event in worker.events():
                if event.kind is Kind.RESULT:
                    results.append(event.data)
                    if event.data["status"] is not Status.OK:
                        break
                elif event.kind not in (Kind.LOADED, Kind.START, Kind.FINISHED):
                    results.append({"status": event.kind, "error": event.data.get("error") or event.data})
                    break
        return results


def compare(problem: Problem, file: Path, budget_s: float = 20.0, progress: Progress | None = None) -> Comparison:
    """Measure `file` against the reference on the problem's size ladder within about `budget_s` seconds."""
    file = Path(file).resolve()
    sizes, raw_inputs = problem.size_ladder()
    inputs = [wire.to_wire(given, limit=None) for given in raw_inputs]
    limit_s = problem.limits.time_limit_s * speed.measure().cpu
    result = Comparison(problem.id, str(file), sizes, Side([None] * len(sizes)), Side([None] * len(sizes)),
                        limit_s=limit_s)
    reference, user = Measure(problem, problem.reference, inputs, REFERENCE_LIMIT_S), Measure(problem, file, inputs, limit_s)
    started = time.monotonic()
    first_ref = reference.run(len(sizes), 1)
    if len(first_ref) < len(sizes) or any(r.get("status") != "ok" for r in first_ref):
        raise GradingFault(f"the reference failed on the size ladder: {first_ref[-1] if first_ref else 'no result'}")
    first_user = user.run(len(sizes), 1)
    usable, result.verdict = _check_answers(problem, raw_inputs, first_ref, first_user, sizes, result.problems)
    if usable == 0:
        return result
    round_time = max(time.monotonic() - started, 1e-3)
    remaining = budget_s - 2 * round_time  # the first round is spent; the memory pass costs about one more
    repeats = max(1, min(MAX_REPEATS, int(remaining / (MIN_ROUNDS * round_time))))
    rounds = max(MIN_ROUNDS, min(MAX_ROUNDS, int(remaining / (repeats * round_time))))
    ref_times: list[list[float]] = [[] for _ in sizes]
    user_times: list[list[float]] = [[] for _ in sizes]
    for number in range(rounds):
        if progress:
            progress("measuring", number, rounds)
        order = [(reference, ref_times), (user, user_times)]
        for side, sink in order if number % 2 == 0 else order[::-1]:
            for index, data in enumerate(side.run(usable, repeats)):
                if data.get("status") == "ok":
                    sink[index].append(min(data["times_s"]))
    result.rounds = rounds
    _summarise(result, usable, ref_times, user_times)
    result.reference.peak_memory_bytes = _peak(reference, usable)
    result.user.peak_memory_bytes = _peak(user, usable)
    return result


def _check_answers(problem: Problem, raw_inputs: list, ref: list[dict], user: list[dict], sizes: list[int],
                   notes: list[str]) -> tuple[int, Verdict]:
    """How many leading sizes the user's solution answered correctly and in time, and the verdict of the first
    size it did not (accepted if none): no time is claimed for that size or any larger one."""
    check = checkers.load(problem.checker, problem.folder)
    for index, data in enumerate(user):
        verdict, why = _size_verdict(problem, check, raw_inputs[index], ref[index], data)
        if verdict is not Verdict.ACCEPTED:
            notes.append(f"n = {sizes[index]:,}: {verdict}: {why}; no time is claimed from this size on")
            return index, verdict
    return len(user), Verdict.ACCEPTED


def _size_verdict(problem: Problem, check, given, ref: dict, data: dict) -> tuple[Verdict, str]:
    """The verdict of one size's first answer: its value checked against the reference's, or what went wrong."""
    status = data.get("status")
    if status is Status.OK:
        try:
            outcome = check(given, wire.from_wire(ref["value"]), wire.from_wire(data.get("value")))
        except Exception as exc:  # a bug in a checker is ours
            raise GradingFault(f"the checker failed: {exc!r}") from None
        return (Verdict.ACCEPTED, "") if outcome.ok else (Verdict.WRONG_ANSWER, outcome.message)
    if status in (Status.TIMEOUT, Kind.HARD_TIMEOUT, Kind.LOAD_TIMEOUT):
        return Verdict.TIME_LIMIT_EXCEEDED, "over the time limit"
    error = data.get("error") or {}
    if status is Status.ERROR:
        return classify.error_verdict(error, problem)
    if status is Kind.FORBIDDEN:
        return Verdict.FORBIDDEN, classify.forbidden_message(error.get("call"))
    if status is Kind.COMPILE_ERROR:
        return Verdict.COMPILE_ERROR, f"cannot load your file: {error.get('type', '')}: {error.get('message', '')}"
    return Verdict.RUNTIME_ERROR, error.get("message") or f"the worker stopped ({status}) before answering"


def _summarise(result: Comparison, usable: int, ref_times: list[list[float]], user_times: list[list[float]]) -> None:
    for side, times in ((result.reference, ref_times), (result.user, user_times)):
        side.seconds = [timing.median(t) if t else None for t in times]
        points = [(n, t) for n, t in zip(result.sizes, side.seconds) if t is not None and t >= FIT_FLOOR_S]
        if len(points) >= 3:
            xs, ys = zip(*points)
            side.exponent = round(timing.exponent(list(xs), list(ys)), 2)
            side.complexity = timing.complexity(list(xs), list(ys))
    top = [i for i in range(usable) if ref_times[i] and user_times[i]][-2:]
    rounds = min(min(len(user_times[i]), len(ref_times[i])) for i in top) if top else 0
    ratios = [sum(user_times[i][r] for i in top) / reference for r in range(rounds)
              if (reference := sum(ref_times[i][r] for i in top)) > 0]
    if ratios:  # three significant digits: a tiny ratio stays a ratio, never 0
        result.ratio = _significant(timing.median(ratios))
        result.ratio_range = (_significant(min(ratios)), _significant(max(ratios)))


def _significant(value: float, digits: int = 3) -> float:
    return float(f"{value:.{digits}g}")


def _peak(side: Measure, usable: int) -> int | None:
    traced = Measure(side.problem, side.file, side.inputs, side.limit_s * TRACE_SLOWDOWN)
    data = traced.run(1, 1, trace_memory=True, first=usable - 1)
    return data[0].get("peak_bytes") if data and data[0].get("status") == "ok" else None
