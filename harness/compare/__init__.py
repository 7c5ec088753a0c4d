"""`compare`: your solution against the reference on inputs of growing size: time ratio, growth, memory.

Both run in isolated workers on the same inputs. Rounds alternate between the two sides (and which goes first, an
even number of rounds so that neither goes first more often), each call repeated and its best time kept, so that
drift and noise hit both alike; the medians over rounds are reported. Peak memory is measured in a separate pass, one call per size, each in a fresh worker (so that memory
one size freed cannot hide what the next needs). Growth is fitted in `harness.compare.growth`.
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

from harness import checkers
from harness.sandbox import parent as sandbox
from harness.compare import growth, timing
from harness.compare.growth import Growth
from harness.grading import speed
from harness.sandbox import wire
from harness.sandbox.protocol import Kind, Status
from harness.grading import REFERENCE_LIMIT_S, make_job
from harness.catalogue.problem import Problem
from harness.errors import GradingFault
from harness.grading import classify
from harness.compare import summary
from harness.grading.verdict import Verdict

MIN_ROUNDS, MAX_ROUNDS, MAX_REPEATS = 4, 10, 3  # rounds come in pairs: each side goes first equally often
TRACE_SLOWDOWN = 20  # where tracemalloc has to trace the memory pass, it slows Python code: allow for it
FIT_FLOOR_S = 20e-6  # times below this are mostly call overhead: left out of the growth fit
Progress = Callable[[str, int, int], None]


@dataclass
class Side:
    """One side's measurements: the median time per size (None where it did not finish) and what they say."""

    seconds: list[float | None]
    exponent: float | None = None
    complexity: str = ""  # the total time's class against n, or two that fit about equally ("O(n) or O(n log n)")
    peak_memory_bytes: int | None = None  # on the largest size timed
    peak_bytes: list[int | None] = field(default_factory=list)  # per size, one call each in a fresh worker
    growth: Growth | None = None  # what is reported: judged against the reference where its class is known
    fitted: Growth | None = None  # what this side's times alone say
    noise: float = 0.0  # the relative uncertainty of the medians, from the spread over rounds

    @property
    def described(self) -> str:
        """The growth for people: "O(n)", or "O(1) per call, O(n) in total" where n counts calls."""
        return self.growth.described if self.growth else self.complexity


@dataclass
class Comparison:
    """One compare: both sides per size, the ratio on the largest sizes, what failed, and what n counts."""

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
    n_means: str = ""  # what n counts, from the package's [compare] n
    n_means_zh: str = ""  # the same in Chinese, from [compare] n_zh (for people only: --json keeps n)
    per_call: bool = False  # n counts calls: growth is also given per call
    reference_class: str = ""  # the reference's class on the ladder, from the package's [compare] reference
    failure: str = ""  # why the first failing size failed
    ratio_sizes: list[int] = field(default_factory=list)  # the sizes the ratio was taken over

    @property
    def summary(self) -> str:
        """The finding in one sentence: a failure on the ladder, classes, and the ratio at the largest sizes."""
        return summary.sentence(self)


class Measure:
    """Runs jobs on the size ladder and collects per-size best times for one side."""

    def __init__(self, problem: Problem, file: Path, inputs: wire.Packed, limit_s: float):
        self.problem, self.file, self.inputs, self.limit_s = problem, file, inputs, limit_s

    def run(self, count: int, repeats: int, trace_memory: bool = False, first: int = 0) -> list[dict]:
        """Run sizes first..first+count-1; return each size's result event data (or a failure record)."""
        job = make_job(self.problem, self.file, self.inputs.only(range(first, first + count)), [self.limit_s] * count)
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
    inputs = wire.pack(raw_inputs)
    limit_s = problem.limits.time_limit_s * speed.measure().cpu
    result = Comparison(problem.id, str(file), sizes, Side([None] * len(sizes)), Side([None] * len(sizes)),
                        limit_s=limit_s, n_means=problem.compare.get("n", ""),
                        n_means_zh=problem.compare.get("n_zh", ""),
                        per_call=problem.compare.get("per_call", False) is True,
                        reference_class=problem.compare.get("reference", ""))
    reference, user = Measure(problem, problem.reference, inputs, REFERENCE_LIMIT_S), Measure(problem, file, inputs, limit_s)
    started = time.monotonic()
    first_user = user.run(len(sizes), 1)
    if not first_user or first_user[0].get("status") in (Kind.COMPILE_ERROR, Kind.FORBIDDEN):
        _check_answers(problem, raw_inputs, [{}], first_user or [{"status": None}], result)
        return result  # the file cannot load: no reference is needed to say so
    first_ref = reference.run(len(sizes), 1)
    if len(first_ref) < len(sizes) or any(r.get("status") != "ok" for r in first_ref):
        raise GradingFault(f"the reference failed on the size ladder: {first_ref[-1] if first_ref else 'no result'}")
    usable = _check_answers(problem, raw_inputs, first_ref, first_user, result)
    if usable == 0:
        return result
    round_time = max(time.monotonic() - started, 1e-3)
    _memory(result, reference, user, usable, progress)
    remaining = budget_s - (time.monotonic() - started)  # the first round and the memory pass are spent
    repeats = max(1, min(MAX_REPEATS, int(remaining / (MIN_ROUNDS * round_time))))
    rounds = max(MIN_ROUNDS, min(MAX_ROUNDS, int(remaining / (repeats * round_time))))
    rounds += rounds % 2  # an odd count lets one side go first once more: whichever goes first runs colder
    result.rounds = rounds
    _summarise(result, usable, *_timed_rounds(reference, user, len(sizes), usable, rounds, repeats, progress))
    return result


def _timed_rounds(reference: Measure, user: Measure, count: int, usable: int, rounds: int, repeats: int,
                  progress: Progress | None) -> tuple[list[list[float]], list[list[float]]]:
    """Each side's best time per size in each round, the sides taking turns to go first."""
    ref_times: list[list[float]] = [[] for _ in range(count)]
    user_times: list[list[float]] = [[] for _ in range(count)]
    for number in range(rounds):
        if progress:
            progress("measuring", number, rounds)
        order = [(reference, ref_times), (user, user_times)]
        for side, sink in order if number % 2 == 0 else order[::-1]:
            for index, data in enumerate(side.run(usable, repeats)):
                if data.get("status") == "ok":
                    sink[index].append(min(data["times_s"]))
    return ref_times, user_times


def _check_answers(problem: Problem, raw_inputs: list, ref: list[dict], user: list[dict], result: Comparison) -> int:
    """How many leading sizes the user's solution answered correctly and in time; the first size it did not sets
    the result's verdict and failure (accepted if none): no time is claimed for that size or any larger one."""
    check = checkers.load(problem.checker, problem.folder)
    for index, data in enumerate(user):
        verdict, why = _size_verdict(problem, check, raw_inputs[index], ref[index], data)
        if verdict is not Verdict.ACCEPTED:
            result.problems.append(f"n = {result.sizes[index]:,}: {verdict}: {why}; no time is claimed from this "
                                   f"size on")
            result.verdict, result.failure = verdict, why
            return index
    return len(user)


def _size_verdict(problem: Problem, check, given, ref: dict, data: dict) -> tuple[Verdict, str]:
    """The verdict of one size's first answer: its value checked against the reference's, or what went wrong."""
    status = data.get("status")
    if status is Status.OK:
        try:
            outcome = check(given, ref["answer"], data.get("answer"))
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
    if status is Kind.COMPILE_ERROR:  # as the grader words it; a missing entry point names the one expected
        if error.get("type") == "MissingEntry":
            return Verdict.COMPILE_ERROR, error.get("message", "")
        return Verdict.COMPILE_ERROR, f"cannot load your file: {error.get('type', '')}: {error.get('message', '')}"
    return Verdict.RUNTIME_ERROR, error.get("message") or f"the worker stopped ({status}) before answering"


def _summarise(result: Comparison, usable: int, ref_times: list[list[float]], user_times: list[list[float]]) -> None:
    """Medians per size, each side's growth, and the time ratio over the two largest sizes both finished."""
    for side, times in ((result.reference, ref_times), (result.user, user_times)):
        side.seconds = [timing.median(t) if t else None for t in times]
        side.noise = growth.noise(times)
        points = [(n, t) for n, t in zip(result.sizes, side.seconds) if t is not None and t >= FIT_FLOOR_S]
        if len(points) >= 3:
            xs, ys = map(list, zip(*points))
            side.fitted = side.growth = growth.growth(xs, ys, side.noise, result.per_call)
            side.exponent, side.complexity = round(side.growth.exponent, 2), side.growth.label
    if result.reference_class:
        _against_reference(result)
    top = [i for i in range(usable) if ref_times[i] and user_times[i]][-2:]
    rounds = min(min(len(user_times[i]), len(ref_times[i])) for i in top) if top else 0
    ratios = [sum(user_times[i][r] for i in top) / reference for r in range(rounds)
              if (reference := sum(ref_times[i][r] for i in top)) > 0]
    if ratios:  # three significant digits: a tiny ratio stays a ratio, never 0
        result.ratio = _significant(timing.median(ratios))
        result.ratio_range = (_significant(min(ratios)), _significant(max(ratios)))
        result.ratio_sizes = [result.sizes[i] for i in top]


def _against_reference(result: Comparison) -> None:
    """Where the reference's class is known: the reference reads as that class, and the user's times are judged
    against the reference's, size by size, so that what bends both curves on this machine does not count."""
    mine, theirs, total = result.user, result.reference, result.reference_class
    timed = [i for i, t in enumerate(theirs.seconds) if t is not None and t >= FIT_FLOOR_S]
    if len(timed) < 3:
        return
    theirs.growth = growth.known([result.sizes[i] for i in timed], [theirs.seconds[i] for i in timed], total,
                                 result.per_call)
    theirs.complexity = theirs.growth.label
    both = [i for i in timed if mine.seconds[i] is not None and mine.seconds[i] >= FIT_FLOOR_S]
    if len(both) >= 3:
        noise = (mine.noise ** 2 + theirs.noise ** 2) ** 0.5
        pick = lambda values: [values[i] for i in both]  # noqa: E731
        mine.growth = growth.against(pick(result.sizes), pick(mine.seconds), pick(theirs.seconds), total, noise,
                                     result.per_call)
        mine.complexity = mine.growth.label


def _significant(value: float, digits: int = 3) -> float:
    return float(f"{value:.{digits}g}")


def _memory(result: Comparison, reference: Measure, user: Measure, usable: int, progress: Progress | None) -> None:
    """Each side's peak memory per size answered, and on the largest of them (the contract's peak_memory_bytes)."""
    for side, measured, label in ((result.reference, reference, "reference"), (result.user, user, "yours")):
        step = (lambda i, n, stage=f"memory, {label}": progress and progress(stage, i, n))
        side.peak_bytes = _peaks(measured, usable, len(result.sizes), step)
        side.peak_memory_bytes = side.peak_bytes[usable - 1]


def _peaks(side: Measure, usable: int, count: int, progress: Callable[[int, int], None]) -> list[int | None]:
    """Peak memory of one call on each size answered, each in a fresh worker; None for the sizes beyond."""
    traced = Measure(side.problem, side.file, side.inputs, side.limit_s * TRACE_SLOWDOWN)
    peaks: list[int | None] = [None] * count
    for index in range(usable):
        progress(index, usable)
        data = traced.run(1, 1, trace_memory=True, first=index)
        peaks[index] = data[0].get("peak_bytes") if data and data[0].get("status") == "ok" else None
    return peaks
