"""What one call's report means: the verdict and message for an exception, a case that must raise, a memory
ceiling, a forbidden call. Pure functions of the worker's report and the case; the Judge applies them."""

from __future__ import annotations

import errno
from dataclasses import dataclass
from typing import Any

from harness import units
from harness.brief import brief
from harness.catalogue.cases import Case
from harness.catalogue.problem import Problem
from harness.grading.verdict import Verdict

Outcome = tuple[Verdict, str]


@dataclass(frozen=True)
class Raises:
    """The expected outcome of a case that must raise, as a failure shows it: `expected raises ValueError`."""

    exception: str

    def __repr__(self) -> str:
        return f"raises {self.exception}"


def raised(error: dict, name: str) -> bool:
    """Whether the reported exception is of class `name` or a subclass (the worker lists its class's MRO)."""
    return name in (error.get("types") or [error.get("type")])


def out_of_memory(error: dict) -> bool:
    """Whether the exception says the memory limit was reached: a MemoryError (NumPy's _ArrayMemoryError is one),
    or PyTorch's CPU allocator failing, which raises a plain RuntimeError."""
    return raised(error, "MemoryError") or (
        raised(error, "RuntimeError") and "DefaultCPUAllocator: can't allocate memory" in error.get("message", ""))


def must_raise(case: Case, data: dict, got: Any, problem: Problem) -> Outcome:
    """Judge a case that must raise `case.raises`: the class or a subclass passes; a value or another exception
    is a wrong answer that says what happened instead (running out of memory stays memory_limit_exceeded)."""
    expected = f"expected {case.raises} to be raised" + (f" ({case.note})" if case.note else "")
    if data.get("status") == "ok":
        return Verdict.WRONG_ANSWER, f"{expected}, got {brief(got)}"
    error = data.get("error") or {}
    if raised(error, case.raises):
        return Verdict.ACCEPTED, ""
    verdict, message = error_verdict(error, problem)
    if verdict is not Verdict.RUNTIME_ERROR:
        return verdict, message
    return Verdict.WRONG_ANSWER, f"{expected}, got {_exception(error)} instead"


def ceiling_bytes(case: Case) -> int | None:
    """The case's memory ceiling in bytes (memory_ceiling_mb is in MiB), or None."""
    return None if case.memory_ceiling_mb is None else int(case.memory_ceiling_mb * 2**20)


def over_ceiling(case: Case, data: dict) -> Outcome | None:
    """memory_limit_exceeded when the call's measured peak passed the case's ceiling; None when within it."""
    ceiling = ceiling_bytes(case)
    if ceiling is None:
        return None
    peak = data.get("peak_bytes")
    if not isinstance(peak, int) or isinstance(peak, bool):
        if data.get("status") != "ok":
            return None  # the call raised before it could be measured: the error is the verdict
        return Verdict.INTERNAL_ERROR, "internal error: the worker did not measure this case's peak memory"
    if peak <= ceiling:
        return None
    return Verdict.MEMORY_LIMIT_EXCEEDED, (
        f"peak memory {mib(peak)} during the call, over this case's ceiling of {mib(ceiling)}")


def forbidden_message(call: Any) -> str:
    """Why a file is `forbidden`, naming the call (or the import): "your code calls torch.softmax, ..."."""
    call = str(call or "a forbidden function")
    verb = "calls" if "." in call else "imports"
    return f"your code {verb} {call}, which does what this problem asks you to write"


def error_verdict(error: dict, problem: Problem) -> Outcome:
    """Classify an exception the user's code raised."""
    kind, message = error.get("type", "Exception"), error.get("message", "")
    if out_of_memory(error):
        return Verdict.MEMORY_LIMIT_EXCEEDED, f"ran out of memory (the limit is {problem.limits.memory_mb} MB)"
    if kind == "OSError" and f"[Errno {errno.EFBIG}]" in message:
        return Verdict.OUTPUT_LIMIT_EXCEEDED, f"printed more than {problem.limits.output_mb} MB"
    if kind == "NotImplementedError":
        return Verdict.RUNTIME_ERROR, f"NotImplementedError: {message or 'not implemented yet'}"
    if kind == "ProgramExit":  # an ACM program's exit status (harness.acm)
        return Verdict.RUNTIME_ERROR, message
    if kind == "SystemExit":
        return Verdict.RUNTIME_ERROR, f"your code called exit() (SystemExit: {message}); return the answer instead"
    return Verdict.RUNTIME_ERROR, _exception(error)


def _exception(error: dict) -> str:
    kind, message = error.get("type", "Exception"), error.get("message", "")
    return f"{kind}: {message}" if message else kind


def mib(count: int) -> str:
    """A byte count in MiB, as memory messages give it: '512 MiB', '0.25 MiB'."""
    return f"{units.number(count / 2**20)} MiB"
