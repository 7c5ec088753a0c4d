"""Verdict names, their precedence, and the per-case and overall results that cross module boundaries."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Verdict(str, Enum):
    """The contract's verdicts, each with its style; the value is what `--json` prints and the folder name of
    known submissions (tests/submissions/<id>/<verdict>/)."""

    def __new__(cls, value: str, style: str) -> "Verdict":
        member = str.__new__(cls, value)
        member._value_ = value
        member.style = style  # rich style of the verdict's headline (report/ applies it)
        return member

    ACCEPTED = "accepted", "bold green"
    WRONG_ANSWER = "wrong_answer", "bold red"
    TIME_LIMIT_EXCEEDED = "time_limit_exceeded", "bold yellow"
    MEMORY_LIMIT_EXCEEDED = "memory_limit_exceeded", "bold yellow"
    OUTPUT_LIMIT_EXCEEDED = "output_limit_exceeded", "bold yellow"
    RUNTIME_ERROR = "runtime_error", "bold magenta"
    COMPILE_ERROR = "compile_error", "bold magenta"
    FORBIDDEN = "forbidden", "bold red"
    INTERNAL_ERROR = "internal_error", "bold white on red"

    def __str__(self) -> str:
        return self.value

    @property
    def label(self) -> str:
        """Human wording, as LeetCode prints it: 'Wrong Answer'."""
        return self.value.replace("_", " ").title()

    @property
    def folder(self) -> str:
        """The folder of known submissions that must get this verdict."""
        return self.value


# Worst first: a harness fault outranks everything the user did. A forbidden call judges the file itself, not
# one case (like compile_error), and whatever else the file did, it did with the shortcut: it outranks every
# case's verdict, a wrong answer included. A case that ran out of time is reported as such even if its (late)
# answer was also wrong.
PRECEDENCE = (
    Verdict.INTERNAL_ERROR,
    Verdict.FORBIDDEN,
    Verdict.COMPILE_ERROR,
    Verdict.TIME_LIMIT_EXCEEDED,
    Verdict.MEMORY_LIMIT_EXCEEDED,
    Verdict.OUTPUT_LIMIT_EXCEEDED,
    Verdict.RUNTIME_ERROR,
    Verdict.WRONG_ANSWER,
    Verdict.ACCEPTED,
)


def worst(verdicts) -> Verdict:
    """Return the most severe of `verdicts` (accepted when there are none)."""
    return min(verdicts, key=PRECEDENCE.index, default=Verdict.ACCEPTED)


@dataclass
class CaseResult:
    """How one case went: its verdict, the time of the call alone, and the evidence for a failure."""

    name: str
    verdict: Verdict
    note: str = ""  # what the case tests, e.g. "an element paired with itself"
    note_zh: str = ""  # the same in Chinese (the package's Case.note_zh), shown under --lang zh
    time_ms: float | None = None
    reference_time_ms: float | None = None
    limit_ms: float | None = None
    message: str = ""
    input: Any = None
    expected: Any = None
    got: Any = None
    traceback: str = ""
    stdout: str = ""


@dataclass
class GradeResult:
    """The outcome of a run or a grade: overall verdict, counts, the first failure and every case that ran."""

    problem: str
    file: str
    verdict: Verdict
    message: str = ""
    total: int = 0
    cases: list[CaseResult] = field(default_factory=list)
    failure: CaseResult | None = None
    limit: str = ""  # the time limit in force, in words
    run: bool = False  # LeetCode's Run (the examples or custom cases, every one shown) rather than its Submit
    mode: str = "function"  # or "acm": the file was a whole program, reading stdin and printing (harness.acm)
    source: bytes | None = None  # the file's bytes as graded (read once at the start), for the history's versions

    @property
    def passed(self) -> int:
        return sum(case.verdict is Verdict.ACCEPTED for case in self.cases)

    @property
    def time_ms(self) -> float:
        return sum(case.time_ms or 0.0 for case in self.cases)

    @property
    def reference_time_ms(self) -> float | None:
        times = [case.reference_time_ms for case in self.cases if case.time_ms is not None]
        if not times or any(t is None for t in times):
            return None
        return sum(times)
