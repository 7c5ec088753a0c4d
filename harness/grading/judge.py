"""The Judge: turns a worker's events into case results, checking each answer against the expected one, and says
when a grade must stop. It reads only what the worker reported and what the grader already holds (the cases, the
expected answers, the reference's times); nothing here runs the user's code or prints."""

from __future__ import annotations

import signal

from harness import units
from harness.catalogue.cases import Case
from harness.catalogue.problem import Problem
from harness.grading import classify
from harness.grading.verdict import CaseResult, Verdict
from harness.sandbox import parent as sandbox
from harness.sandbox.protocol import Kind, Status


class Judge:
    """Turns the worker's events into case results, checking each answer against the expected one."""

    def __init__(self, problem: Problem, cases: list[Case], expected: list, reference_s: list, checker,
                 keep_all: bool = False):
        self.problem, self.cases, self.expected, self.reference_s = problem, cases, expected, reference_s
        self.checker = checker
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
            name=case.name, note=case.note, verdict=Verdict.ACCEPTED, time_ms=_ms(data.get("time_s")),
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
        if returned and data.get("modified"):
            names = ", ".join(f"`{name}`" for name in data["modified"])
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
        return (Verdict.ACCEPTED, "") if outcome.ok else (Verdict.WRONG_ANSWER, outcome.message)

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


