"""Orchestration of a run or a grade: the reference first (expected values, and the times yours are compared
with), then the user's file under the problem's limits scaled by the machine's speed, each case checked as it
arrives, stopping at the first failure as LeetCode does. Nothing here prints."""

from __future__ import annotations

import base64
import contextlib
import re
import signal
from pathlib import Path
from typing import Any, Callable

from harness import checkers, units
from harness.checkers.exact import canonical
from harness.sandbox import parent as sandbox
from harness.brief import brief
from harness.catalogue import flavours
from harness.grading import cache, classify, kept, speed
from harness.sandbox import wire
from harness.sandbox.protocol import Kind, Status
from harness.catalogue.cases import MISSING, Case
from harness.catalogue.problem import Problem
from harness.errors import GradingFault, ProblemError
from harness.grading.verdict import CaseResult, GradeResult, Verdict

REFERENCE_LIMIT_S = 60.0
RETRY_IF_SLOWER = 1.1  # a time limit exceeded is graded again when the machine has since slowed by this much
Progress = Callable[[str, int, int], None]


def select_cases(problem: Problem, hidden: bool, custom: list[dict] | None = None) -> list[Case]:
    """The examples (LeetCode's Run), plus the hidden tests (Submit), or the custom cases."""
    if custom is not None:
        return [Case(given, name="custom case" + (f" {number}" if len(custom) > 1 else ""))
                for number, given in enumerate(custom, 1)]
    return problem.examples + (problem.hidden_cases() if hidden else [])


# A problem's cases, the reference's answers and its times are computed once per content of its package (the key
# of harness.grading.cache): kept in memory for this process (`grade --all`, the test suite) and on disk across runs
# (harness.grading.kept).
_prepared: dict[str, tuple] = {}


def prepare(problem: Problem, hidden: bool, custom: list[dict] | None, checker, progress) -> tuple:
    """The cases, their wire form, the expected answers and the reference's times (memoized, see above); custom
    cases are prepared afresh every time, and their answers never kept."""
    if custom is not None:
        return _prepare_afresh(problem, select_cases(problem, hidden, custom), checker, progress)
    key = cache.package_key(problem, hidden)
    if key not in _prepared:
        prepared = kept.load(key)
        if prepared is None:
            prepared = _prepare_afresh(problem, select_cases(problem, hidden), checker, progress)
            kept.store(key, prepared, speed.measure())  # the speed the reference's times were measured at
        _prepared[key] = prepared
    return _prepared[key]


def _prepare_afresh(problem: Problem, cases: list[Case], checker, progress) -> tuple:
    inputs = wire.pack([case.input for case in cases])  # encoded once, for both workers
    expected, reference_s = run_reference(problem, cases, inputs, checker, progress)
    return cases, inputs, expected, reference_s


def grade(problem: Problem, file: Path, *, hidden: bool = True, custom: list[dict] | None = None,
          progress: Progress | None = None) -> GradeResult:
    """Grade `file` on `problem`'s cases and return the verdict with its evidence.

    With the hidden cases (Submit) grading stops at the first failing case, as LeetCode's does; without them (Run)
    every case runs that can, and each keeps its answer and what it printed, as LeetCode's Run panel shows them.
    """
    file = Path(file).resolve()
    source = snapshot(file)
    result = GradeResult(problem=problem.id, file=str(file), verdict=Verdict.ACCEPTED, run=not hidden, source=source)
    # The worker starts now, and imports what the file will, while the cases are read and the machine probed.
    with sandbox.Worker(memory_bytes=problem.limits.memory_mb << 20, output_bytes=problem.limits.output_mb << 20,
                        preload=preloads(problem, source)) as early:
        try:
            checker = checkers.load(problem.checker, problem.folder)
            cases, inputs, expected, reference_s = prepare(problem, hidden, custom, checker, progress)
            result.total = len(cases)
            flavour = flavours.detect(problem, file, source)
            if flavour is not None:  # e.g. PyTorch: its gradient cases compare gradients too
                from harness.grading import gradients

                inputs, expected, checker = gradients.prepare(problem, flavour, cases, inputs, expected, checker)
        except (GradingFault, ProblemError, ValueError, OSError) as exc:
            result.verdict, result.message = Verdict.INTERNAL_ERROR, f"internal error: {exc}"
            return result
        now = speed.measure()
        prepared = cases, inputs, expected, reference_s
        outcome = _run(problem, file, prepared, checker, flavour, now, result.run, progress, source, early)
    if outcome.verdict is Verdict.TIME_LIMIT_EXCEEDED:
        # The machine may have slowed down since the probe (another job on the host, a throttled core): probe
        # again, and if it is slower now, grade once more under limits scaled by the slower speed.
        later = speed.measure()
        if later.cpu > now.cpu * RETRY_IF_SLOWER:
            slower = speed.Speed(later.cpu, max(now.wall, later.wall))
            outcome = _run(problem, file, prepared, checker, flavour, slower, result.run, progress, source)
    return outcome


PRELOADABLE = ("numpy", "torch")  # libraries whose import takes long enough to be worth starting early


def preloads(problem: Problem, source: bytes | None) -> list[str]:
    """The libraries of PRELOADABLE that the file's text imports and the problem does not forbid: a look at the
    text, nothing run (a wrong guess costs only time)."""
    if not source:
        return []
    text = source.decode("utf-8", errors="replace")
    return [name for name in PRELOADABLE
            if re.search(rf"^\s*(?:import|from)\s+{name}\b", text, re.MULTILINE)
            and not any(name == banned or name.startswith(banned + ".") for banned in problem.forbidden)]


def _run(problem: Problem, file: Path, prepared: tuple, checker, flavour, now: speed.Speed, run: bool,
         progress: Progress | None, source: bytes | None, started: sandbox.Worker | None = None) -> GradeResult:
    """One run of `file` (its snapshot `source`) on the prepared cases under the limits `now` gives (`run`:
    LeetCode's Run), in the worker `started` when one was started for it, else in a new one."""
    cases, inputs, expected, reference_s = prepared
    result = GradeResult(problem=problem.id, file=str(file), verdict=Verdict.ACCEPTED, total=len(cases), run=run,
                         source=source)
    limits = [problem.limits.time_limit_s * now.cpu] * len(cases)
    job = make_job(problem, file, inputs, limits, cases, flavour, now, source)
    result.mode = "acm" if job.acm else "function"
    limit, base = units.duration(limits[0]), f"{problem.limits.time_limit_s:g}"
    result.limit = (f"{limit} of CPU time per case ({base} s × {now.cpu:.2f} for this machine's speed)" if not job.acm
                    else f"{limit} of CPU time per case ({base} s × {now.cpu:.2f} for this machine's speed), for the "
                         "whole program: reading the input and printing included")
    judge = Judge(problem, cases, expected, reference_s, checker, keep_all=result.run, program=job.acm,
                  name_of=flavour.name_of if flavour else str)
    with contextlib.nullcontext(started) if started else sandbox.Worker(job) as worker:
        if started:
            worker.give(job)
            if "numpy" in started.preload:  # the answers' arrays will need it: imported while the worker loads
                import numpy  # noqa: F401
        for event in worker.events():
            if progress and event.kind is Kind.START:
                progress("yours", event.case, len(cases))
            outcome = judge.on_event(event, worker)
            if outcome is not None and not (result.run and event.kind is Kind.RESULT):  # Run: on to the next case
                result.verdict, result.message = outcome
                break
    result.cases = judge.results
    result.failure = next((c for c in judge.results if c.verdict is not Verdict.ACCEPTED), None)
    if result.failure and not result.message:
        result.verdict = result.failure.verdict
        note = f" ({result.failure.note})" if result.failure.note else ""
        result.message = f"{result.failure.name}{note}: {result.failure.message}"
    return result


def make_job(problem: Problem, file: Path, inputs: wire.Packed, limits: list[float],
             cases: list[Case] | None = None, flavour: Any = MISSING, now: speed.Speed | None = None,
             source: bytes | None = None) -> sandbox.Job:
    """The worker's job: `file` on `inputs` under the problem's limits, its forbidden calls, and the memory
    ceilings of `cases` (when given); `flavour` is what `flavours.detect` found, detected here when not given;
    `now` (the machine's speed) stretches the wall-clock backstop by how contended the cores are; `source`, the
    snapshot of the file, is what the worker runs (under the file's name) when given."""
    if flavour is MISSING:  # a file defining e.g. the PyTorch entry runs through its driver
        flavour = flavours.detect(problem, Path(file))
    program = flavour is None and is_program(problem, file, source)  # ACM mode: the file reads stdin and prints
    return sandbox.Job(
        file=str(file), entry=flavour.entry if flavour else problem.entry, kind=problem.kind,
        params=list(problem.params), inputs=inputs.texts, inputs_blob=inputs.blob, limits_s=limits,
        memory_bytes=problem.limits.memory_mb << 20, output_bytes=problem.limits.output_mb << 20,
        driver=str(flavour.driver) if flavour else None, forbidden=list(problem.forbidden),
        adapter=str(problem.adapter_path) if problem.adapter and not flavour and not program else None, acm=program,
        memory_ceiling_bytes=[classify.ceiling_bytes(case) for case in cases] if cases else [],
        wall_factor=sandbox.WALL_FACTOR * (now.contention if now else 1.0), inputs_unchanged=problem.inputs_unchanged,
        in_place=None if program else problem.in_place, source=None if source is None else base64.b64encode(source).decode("ascii"),
    )


def is_program(problem: Problem, file: Path, source: bytes | None = None) -> bool:
    """Whether the file (or its snapshot `source`) is an ACM-mode program (harness.acm), read, never run."""
    from harness import acm

    if not acm.offered(problem):
        return False
    if source is None:
        try:
            source = Path(file).read_bytes()
        except OSError:
            return False
    return acm.is_program(problem, source)


def snapshot(file: Path) -> bytes | None:
    """The file's bytes, read once when the grade starts: what is graded and recorded, though it be saved again
    meanwhile; None when it cannot be read (the worker then reports why)."""
    try:
        return Path(file).read_bytes()
    except OSError:
        return None


def run_reference(problem: Problem, cases: list[Case], inputs: wire.Packed, checker,
                  progress: Progress | None) -> tuple[list, list]:
    """Run the reference on every case: its answers fill in missing expected values; its times are the yardstick."""
    job = make_job(problem, problem.reference, inputs, [REFERENCE_LIMIT_S] * len(cases), cases)
    expected, seconds = [MISSING] * len(cases), [0.0] * len(cases)
    with sandbox.Worker(job) as worker:
        for event in worker.events():
            if event.kind is Kind.START and progress:
                progress("reference", event.case, len(cases))
            elif event.kind is Kind.RESULT and event.data["status"] in (Status.OK, Status.ERROR):
                seconds[event.case] = event.data.get("time_s") or 0.0
                expected[event.case] = _reference_answer(event, cases, checker)
            elif event.kind not in (Kind.LOADED, Kind.START, Kind.FINISHED):
                raise GradingFault(f"the reference solution failed: {describe_failure(event, cases)}")
    if any(value is MISSING for value in expected):
        raise GradingFault("the reference solution did not answer every case")
    return expected, seconds


def _reference_answer(event: sandbox.Event, cases: list[Case], checker) -> Any:
    """The expected answer the reference's result gives: its value, the pinned value it agrees with, or (for a
    case that must raise) Raises; anything else is a catalogue bug."""
    case, data = cases[event.case], event.data
    over = classify.over_ceiling(case, data)
    if over is not None:
        raise GradingFault(f"{case.name}: the reference solution: {over[1].removeprefix('internal error: ')}")
    if case.raises and data.get("status") == "error" and classify.raised(data.get("error") or {}, case.raises):
        return classify.Raises(case.raises)
    if case.raises:
        did = f"returned {brief(data.get('answer'))}" if data.get("status") == "ok" else (
            describe_failure(event, cases))
        raise GradingFault(f"{case.name}: the reference solution did not raise {case.raises}: {did}")
    if data.get("status") != "ok":
        raise GradingFault(f"the reference solution failed: {describe_failure(event, cases)}")
    value = data["answer"]
    return _agreed(case, value, checker) if case.expected is not MISSING else value


def _agreed(case: Case, value: Any, checker) -> Any:
    """Check a pinned expected value against the reference's answer; a disagreement is a catalogue bug."""
    try:
        outcome = checker(case.input, case.expected, value)
    except Exception as exc:
        raise GradingFault(f"{case.name}: the checker failed: {exc!r}") from None
    if not outcome.ok:
        raise GradingFault(f"{case.name}: the reference disagrees with the pinned answer: {outcome.message}")
    return case.expected


def describe_failure(event: sandbox.Event, cases: list[Case]) -> str:
    where = cases[event.case].name if event.case is not None else "loading"
    error = event.data.get("error") or {}
    detail = error.get("traceback") or error.get("message") or event.data.get("call") or event.kind
    return f"{where}: {event.data.get('status', event.kind)}: {detail}"


class Judge:
    """Turns the worker's events into case results, checking each answer against the expected one."""

    def __init__(self, problem: Problem, cases: list[Case], expected: list, reference_s: list, checker,
                 keep_all: bool = False, name_of: Callable[[str], str] = str, program: bool = False):
        self.problem, self.cases, self.expected, self.reference_s = problem, cases, expected, reference_s
        self.program = program  # an ACM program: its printed answer is read in the light of the expected one
        self.checker = checker
        self.name_of = name_of  # the names the user's file gives the inputs (a flavour's own)
        self.keep_all = keep_all  # what every case printed, not only a failing one's
        self.results: list[CaseResult] = []
        self.output_start = 0

    def on_event(self, event: sandbox.Event, worker: sandbox.Worker) -> tuple[Verdict, str] | None:
        """Record `event`; return a final (verdict, message) when the grade must stop, else None."""
        if event.kind in (Kind.LOADED, Kind.START):
            self.output_start = event.data["output"]
            return None
        if event.kind is Kind.FINISHED:
            return None
        if event.kind is Kind.COMPILE_ERROR:
            return Verdict.COMPILE_ERROR, self._compile_message(event.data["error"])
        if event.kind is Kind.FORBIDDEN:  # at load or during a case: the file itself is at fault
            return Verdict.FORBIDDEN, f"forbidden: {classify.forbidden_message(event.data.get('call'))}"
        if event.kind is Kind.LOAD_TIMEOUT or (event.kind is Kind.HARD_TIMEOUT and event.case is None):
            return Verdict.TIME_LIMIT_EXCEEDED, "your file did not finish loading in time (code at module level?)"
        if event.case is None:
            return Verdict.RUNTIME_ERROR, self._death_message(event, worker)
        case_result = self._case_result(event, worker)
        self.results.append(case_result)
        return None if case_result.verdict is Verdict.ACCEPTED else (case_result.verdict, "")

    def _compile_message(self, error: dict) -> str:
        text = error.get("traceback") or f"{error.get('type')}: {error.get('message')}"
        return f"cannot load your file: {text}" if error.get("type") != "MissingEntry" else error["message"]

    def _case_result(self, event: sandbox.Event, worker: sandbox.Worker) -> CaseResult:
        index = event.case
        case, data = self.cases[index], event.data
        result = CaseResult(
            name=case.name, note=case.note, note_zh=case.note_zh, verdict=Verdict.ACCEPTED,
            time_ms=_ms(data.get("time_s")),
            reference_time_ms=_ms(self.reference_s[index]),
            limit_ms=_ms(worker.job.limits_s[index]), input=case.input, expected=self.expected[index],
        )
        result.verdict, result.message = self._judge(event, worker, result)
        if result.verdict is not Verdict.ACCEPTED or self.keep_all:
            result.stdout = worker.output(self.output_start, data.get("output"))
        if result.verdict is not Verdict.ACCEPTED:
            result.traceback = (data.get("error") or {}).get("traceback", "")
        return result

    def _judge(self, event: sandbox.Event, worker: sandbox.Worker, result: CaseResult) -> tuple[Verdict, str]:
        data, limit_s = event.data, worker.job.limits_s[event.case]
        if event.kind is Kind.RESULT and data["status"] in (Status.OK, Status.ERROR):
            outcome = self._judge_answer(self.cases[event.case], data, result)
            if outcome is not None:
                return outcome
        if event.kind is Kind.RESULT and data["status"] is Status.TIMEOUT and data.get("clock") == "wall":
            result.time_ms = None
            return Verdict.TIME_LIMIT_EXCEEDED, (
                f"still not done after {units.duration(limit_s * worker.job.wall_factor)} on the clock, though its "
                f"limit is {units.duration(limit_s)} of CPU time: does it sleep, or wait for something?")
        if event.kind is Kind.RESULT and data["status"] is Status.TIMEOUT:
            return Verdict.TIME_LIMIT_EXCEEDED, (
                f"took longer than the limit of {units.duration(limit_s)} of CPU time "
                f"(the reference needs {units.duration(self.reference_s[event.case])})")
        if event.kind is Kind.HARD_TIMEOUT:
            result.time_ms = None
            return Verdict.TIME_LIMIT_EXCEEDED, (
                f"still running past the limit of {units.duration(limit_s)} and did not stop when told: killed")
        if worker.output_exceeded():
            return Verdict.OUTPUT_LIMIT_EXCEEDED, (
                f"printed more than {self.problem.limits.output_mb} MB; print less (or nothing) while grading")
        if event.kind is Kind.RESULT:
            return classify.error_verdict(data.get("error") or {}, self.problem)
        return Verdict.RUNTIME_ERROR, self._death_message(event, worker)

    def _judge_answer(self, case: Case, data: dict, result: CaseResult) -> tuple[Verdict, str] | None:
        """A call that returned or raised: its memory first (whatever the answer), then a must-raise case's
        exception, then the value; None for an exception of an ordinary case, which the caller classifies."""
        over = classify.over_ceiling(case, data)
        if over is not None:
            return over
        returned = data.get("status") == "ok"
        if returned:
            result.got = data.get("answer")
            if self.program:
                from harness.acm import as_expected

                result.got = as_expected(result.got, result.expected)
        if returned and data.get("rejected"):  # the package's adapter: wrong whatever was expected (a cycle...)
            return Verdict.WRONG_ANSWER, data["rejected"]
        if returned and data.get("modified"):
            names = ", ".join(f"`{self.name_of(name)}`" for name in data["modified"])
            return Verdict.WRONG_ANSWER, (f"your code changed its input {names} in place; the inputs must be left as "
                                          "they are (work on a copy, or with operations that return new arrays)")
        if case.raises:
            return classify.must_raise(case, data, result.got, self.problem)
        if not returned:
            return None
        try:
            outcome = self.checker(case.input, result.expected, result.got)
        except Exception as exc:  # a bug in a checker is ours
            return Verdict.INTERNAL_ERROR, f"internal error: the checker failed: {exc!r}"
        if outcome.ok:
            return Verdict.ACCEPTED, ""
        return Verdict.WRONG_ANSWER, outcome.message + self._unchanged_note(case, result.got)

    def _unchanged_note(self, case: Case, got) -> str:
        """For an in-place problem whose input came back as it went in: the likely cause (a rebound name)."""
        name = self.problem.in_place
        if not name or canonical(got) != canonical(case.input.get(name)):
            return ""
        return (f"; `{name}` is exactly as it was passed in: it is judged as your call left it, whatever you return "
                f"(did your code change it at all? `{name} = ...` only rebinds a local name; change it in place, e.g. "
                f"`{name}[:] = ...`)")

    def _death_message(self, event: sandbox.Event, worker: sandbox.Worker) -> str:
        if event.data.get("message"):  # a protocol violation, too many processes: the parent's own words
            return event.data["message"]
        code = event.data.get("returncode")
        if code is not None and code < 0:
            name = signal.Signals(-code).name if -code in signal.valid_signals() else str(-code)
            hint = " (a stack overflow? very deep recursion in C code)" if -code == signal.SIGSEGV else ""
            return f"the process was killed by {name}{hint}"
        return f"the process exited with code {code} before answering (os._exit()? a crash?)"


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1000.0


