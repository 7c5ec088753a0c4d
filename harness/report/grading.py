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
from harness.report.messages_zh import translated
from harness.report.text import join, plain
from harness.report.words import case_name, comparison, say
from harness.report.words import verdict as verdict_name


def _time(ms: float | None) -> str:
    return units.duration(None if ms is None else ms / 1000)


def _ratio(result: GradeResult | CaseResult, lang: str) -> str:
    """Against the reference, in words; nothing when either time is too small to compare."""
    mine, theirs = result.time_ms, result.reference_time_ms
    return comparison(units.compare_times(mine and mine / 1000, theirs and theirs / 1000), lang)


def grade(result: GradeResult, out: Console, verbose: bool = False, lang: str = "en") -> None:
    """Print a verdict the way LeetCode's result page reads: headline, failing case, then the timings; the
    labels and verdict names in `lang` (力扣's names in Chinese)."""
    headline = join((f" {verdict_name(result.verdict, lang)} ", result.verdict.style), f"  {result.problem}")
    if result.mode == "acm":
        headline.append(say("acm mode", lang))
    if result.total:
        headline.append(say("cases passed", lang, passed=result.passed, total=result.total))
    out.print(headline)
    if result.message and not result.failure:
        out.print(plain(translated(result.message, lang)))
    if result.run:  # LeetCode's Run panel: every case, its output and what it printed, accepted or not
        for case in result.cases:
            _case(case, out, lang, shown_whole=True)
        if verbose and result.cases:
            _timings(result, out, verbose, lang)
        elif result.cases:
            _summary(result, out, lang)
        return
    if result.failure:
        _case(result.failure, out, lang)
    if result.cases:
        _timings(result, out, verbose, lang)


def _case(case: CaseResult, out: Console, lang: str, shown_whole: bool = False) -> None:
    """One case in a panel: its input and, for a wrong answer (or `shown_whole`), the expected and the output."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")

    def row(label: str, text: str) -> None:
        grid.add_row(say(label, lang), plain(text))

    note = (case.note_zh if lang == "zh" else "") or case.note
    row("case", case_name(case.name, lang) + (f" — {note}" if note else ""))
    row("input", ", ".join(f"{k} = {brief(v)}" for k, v in (case.input or {}).items()))
    answered = case.verdict in (Verdict.WRONG_ANSWER, Verdict.ACCEPTED)
    if case.verdict is Verdict.WRONG_ANSWER or (shown_whole and answered):
        row("expected", brief(case.expected))
        row("got", brief(case.got))
    if not case.traceback and case.message:  # a traceback ends with the same message
        why = translated(case.message, lang)  # a must-raise case's message names its note
        row("why", why.replace(case.note, note) if case.note and note != case.note else why)
    if case.stdout:
        row("stdout", case.stdout.rstrip())
    if shown_whole and case.time_ms is not None:
        row("time", say("case time", lang, time=_time(case.time_ms), reference=_time(case.reference_time_ms)))
    if case.traceback:
        row("traceback", case.traceback)
    out.print(Panel(grid, title=verdict_name(case.verdict, lang), border_style=case.verdict.style.split()[-1],
                    expand=False))


def _timings(result: GradeResult, out: Console, verbose: bool, lang: str) -> None:
    shown = result.cases if verbose else sorted(result.cases, key=lambda c: -(c.time_ms or 0))[:5]
    table = Table(title=None if verbose else say("slowest cases", lang), title_justify="left", box=None)
    for column in ("case", "verdict", "time", "reference", ""):
        table.add_column(say(column, lang), justify="left" if column in ("case", "verdict") else "right")
    for case in shown:
        verdict = verdict_name(case.verdict, lang) if lang == "zh" else case.verdict.value
        table.add_row(plain(case_name(case.name, lang)), Text(verdict, style=case.verdict.style),
                      _time(case.time_ms), _time(case.reference_time_ms), _ratio(case, lang))
    out.print(table)
    _summary(result, out, lang)


def _summary(result: GradeResult, out: Console, lang: str) -> None:
    summary = say("total", lang, time=_time(result.time_ms))
    if result.reference_time_ms:
        summary += say("reference total", lang, time=_time(result.reference_time_ms))
        if ratio := _ratio(result, lang):
            summary += f"  ·  {ratio}"
    out.print(plain(summary))
    if result.limit:
        out.print(plain(say("time limit", lang, limit=translated(result.limit, lang)), style="dim"))


def grade_json(result: GradeResult) -> dict:
    """The contract's `grade --json` object."""
    data: dict[str, Any] = {
        "problem": result.problem, "file": result.file, "verdict": result.verdict.value,
        "passed": result.passed, "total": result.total, "message": result.message,
        "time_ms": round(result.time_ms, 4), "reference_time_ms": _round(result.reference_time_ms),
        "time_limit": result.limit, "mode": result.mode,
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


