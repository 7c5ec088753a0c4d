"""Verdicts for people (LeetCode's result page) and the contract's `grade --json` object."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from harness import units
from harness.brief import brief
from harness.grading.verdict import CaseResult, GradeResult, Verdict
from harness.report.jsonout import jsonable
from harness.report.text import join, plain


def _time(ms: float | None) -> str:
    return units.duration(None if ms is None else ms / 1000)


def _ratio(result: GradeResult | CaseResult) -> str:
    """Against the reference, in words; nothing when either time is too small to compare."""
    mine, theirs = result.time_ms, result.reference_time_ms
    words = units.compare_times(mine and mine / 1000, theirs and theirs / 1000)
    return words if words in ("", "about the same") else f"{words} than the reference"


def grade(result: GradeResult, out: Console, verbose: bool = False) -> None:
    """Print a verdict the way LeetCode's result page reads: headline, failing case, then the timings."""
    headline = join((f" {result.verdict.label} ", result.verdict.style), f"  {result.problem}")
    if result.total:
        headline.append(f"  ·  {result.passed}/{result.total} cases passed")
    out.print(headline)
    if result.message and not result.failure:
        out.print(plain(result.message))
    if result.run:  # LeetCode's Run panel: every case, its output and what it printed, accepted or not
        for case in result.cases:
            _case(case, out, shown_whole=True)
        if verbose and result.cases:
            _timings(result, out, verbose)
        elif result.cases:
            _summary(result, out)
        return
    if result.failure:
        _case(result.failure, out)
    if result.cases:
        _timings(result, out, verbose)


def _case(case: CaseResult, out: Console, shown_whole: bool = False) -> None:
    """One case in a panel: its input and, for a wrong answer (or `shown_whole`), the expected and the output."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column(overflow="fold")
    grid.add_row("case", plain(case.name + (f" — {case.note}" if case.note else "")))
    grid.add_row("input", plain(", ".join(f"{k} = {brief(v)}" for k, v in (case.input or {}).items())))
    answered = case.verdict in (Verdict.WRONG_ANSWER, Verdict.ACCEPTED)
    if case.verdict is Verdict.WRONG_ANSWER or (shown_whole and answered):
        grid.add_row("expected", plain(brief(case.expected)))
        grid.add_row("got", plain(brief(case.got)))
    if not case.traceback and case.message:  # a traceback ends with the same message
        grid.add_row("why", plain(case.message))
    if case.stdout:
        grid.add_row("stdout", plain(case.stdout.rstrip()))
    if shown_whole and case.time_ms is not None:
        grid.add_row("time", plain(f"{_time(case.time_ms)}  (reference {_time(case.reference_time_ms)})"))
    if case.traceback:
        grid.add_row("traceback", plain(case.traceback))
    out.print(Panel(grid, title=case.verdict.label, border_style=case.verdict.style.split()[-1], expand=False))


def _timings(result: GradeResult, out: Console, verbose: bool) -> None:
    shown = result.cases if verbose else sorted(result.cases, key=lambda c: -(c.time_ms or 0))[:5]
    table = Table(title=None if verbose else "slowest cases (-v for all)", title_justify="left", box=None)
    for column in ("case", "verdict", "time", "reference", ""):
        table.add_column(column, justify="left" if column in ("case", "verdict") else "right")
    for case in shown:
        table.add_row(plain(case.name), Text(case.verdict.value, style=case.verdict.style), _time(case.time_ms),
                      _time(case.reference_time_ms), _ratio(case))
    out.print(table)
    _summary(result, out)


def _summary(result: GradeResult, out: Console) -> None:
    summary = f"total {_time(result.time_ms)}"
    if result.reference_time_ms:
        summary += f"  ·  reference {_time(result.reference_time_ms)}"
        if ratio := _ratio(result):
            summary += f"  ·  {ratio}"
    out.print(plain(summary))
    if result.limit:
        out.print(plain(f"time limit {result.limit}", style="dim"))


def grade_json(result: GradeResult) -> dict:
    """The contract's `grade --json` object."""
    data: dict[str, Any] = {
        "problem": result.problem, "file": result.file, "verdict": result.verdict.value,
        "passed": result.passed, "total": result.total, "message": result.message,
        "time_ms": round(result.time_ms, 4), "reference_time_ms": _round(result.reference_time_ms),
        "time_limit": result.limit,
    }
    if result.failure:
        case = result.failure
        data["failure"] = {
            "case": case.name, "note": case.note, "verdict": case.verdict.value, "message": case.message,
            "input": jsonable(case.input), "expected": jsonable(case.expected), "got": jsonable(case.got),
            "traceback": case.traceback, "stdout": case.stdout,
        }
    data["cases"] = [_case_json(case, result.run) for case in result.cases]
    return data


def _case_json(case: CaseResult, whole: bool) -> dict:
    """A case's entry in `cases`; with `whole` (run), also its input, expected, output and what it printed."""
    data = {"name": case.name, "verdict": case.verdict.value, "time_ms": _round(case.time_ms),
            "reference_time_ms": _round(case.reference_time_ms)}
    if whole:
        data.update(input=jsonable(case.input), expected=jsonable(case.expected), got=jsonable(case.got),
                    stdout=case.stdout, message=case.message)
    return data


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


