"""All rendering: rich output for people (problem list, statement, verdicts) and the `--json` objects.

Nothing else in the harness knows about rich. Human output goes to stderr when stdout carries JSON.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import Any, Iterable

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from harness.brief import brief
from harness.problem import Problem
from harness.verdict import CaseResult, GradeResult, Verdict

console = Console(highlight=False)
error_console = Console(stderr=True, highlight=False)

STYLE = {
    Verdict.ACCEPTED: "bold green", Verdict.WRONG_ANSWER: "bold red", Verdict.TIME_LIMIT_EXCEEDED: "bold yellow",
    Verdict.MEMORY_LIMIT_EXCEEDED: "bold yellow", Verdict.OUTPUT_LIMIT_EXCEEDED: "bold yellow",
    Verdict.RUNTIME_ERROR: "bold magenta", Verdict.COMPILE_ERROR: "bold magenta",
    Verdict.INTERNAL_ERROR: "bold white on red",
}
DIFFICULTY = {"easy": "green", "medium": "yellow", "hard": "red"}
JSON_VALUE_LIMIT = 100_000


def problem_table(problems: Iterable[Problem], status: dict[str, str]) -> None:
    table = Table(title="shousi · 手撕", title_style="bold", header_style="bold")
    table.add_column("id", no_wrap=True, style="bold")
    table.add_column("LC", justify="right")
    table.add_column("title")
    table.add_column("difficulty")
    table.add_column("tags", overflow="fold")
    table.add_column("status", no_wrap=True)
    for problem in problems:
        table.add_row(
            problem.id, str(problem.number or "—"), problem.title,
            Text(problem.difficulty, style=DIFFICULTY.get(problem.difficulty, "")),
            ", ".join(problem.tags), status.get(problem.id, "new"),
        )
    console.print(table)


def statement(problem: Problem) -> None:
    from rich.markdown import Markdown  # markdown-it is slow to import; only `show` needs it

    facts = [f"[bold]{problem.difficulty}[/]", ", ".join(problem.tags)]
    console.print(Markdown(problem.statement))
    if problem.asked_in:
        console.print(Panel("\n".join(f"• {where}" for where in problem.asked_in), title="asked in", expand=False))
    console.print(" · ".join(facts), f"· start with [bold]shousi start {problem.id}[/]")


def source(path, title: str) -> None:
    from rich.syntax import Syntax  # pygments is slow to import; only `solution` needs it

    console.print(Panel(Syntax(path.read_text(encoding="utf-8"), "python", line_numbers=True), title=title))


def _time(ms: float | None) -> str:
    if ms is None:
        return "—"
    return f"{ms / 1000:.2f} s" if ms >= 1000 else f"{ms:.3g} ms"


def _ratio(result: GradeResult | CaseResult) -> str:
    mine, theirs = result.time_ms, result.reference_time_ms
    if not mine or not theirs:
        return ""
    return f"×{mine / theirs:.2g} reference"


def grade(result: GradeResult, out: Console, verbose: bool = False) -> None:
    """Print a verdict the way LeetCode's result page reads: headline, failing case, then the timings."""
    headline = Text.assemble((f" {result.verdict.label} ", STYLE[result.verdict]), f"  {result.problem}")
    if result.total:
        headline.append(f"  ·  {result.passed}/{result.total} cases passed")
    out.print(headline)
    if result.message and not result.failure:
        out.print(result.message)
    if result.failure:
        _failure(result.failure, out)
    if result.cases:
        _timings(result, out, verbose)


def _failure(case: CaseResult, out: Console) -> None:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column(overflow="fold")
    grid.add_row("case", case.name + (f" — {case.note}" if case.note else ""))
    grid.add_row("input", ", ".join(f"{k} = {brief(v)}" for k, v in (case.input or {}).items()))
    if case.verdict is Verdict.WRONG_ANSWER:
        grid.add_row("expected", brief(case.expected))
        grid.add_row("got", brief(case.got))
    grid.add_row("why", case.message)
    if case.stdout:
        grid.add_row("stdout", case.stdout.rstrip())
    if case.traceback:
        grid.add_row("traceback", case.traceback)
    out.print(Panel(grid, title=case.verdict.label, border_style=STYLE[case.verdict].split()[-1], expand=False))


def _timings(result: GradeResult, out: Console, verbose: bool) -> None:
    shown = result.cases if verbose else sorted(result.cases, key=lambda c: -(c.time_ms or 0))[:5]
    table = Table(title=None if verbose else "slowest cases (-v for all)", title_justify="left", box=None)
    for column in ("case", "verdict", "time", "reference", ""):
        table.add_column(column, justify="left" if column in ("case", "verdict") else "right")
    for case in shown:
        table.add_row(case.name, Text(case.verdict.value, style=STYLE[case.verdict]), _time(case.time_ms),
                      _time(case.reference_time_ms), _ratio(case))
    out.print(table)
    summary = f"total {_time(result.time_ms)}"
    if result.reference_time_ms:
        summary += f"  ·  reference {_time(result.reference_time_ms)}  ·  {_ratio(result)}"
    out.print(summary)
    if result.limit:
        out.print(f"time limit {result.limit}", style="dim")


def jsonable(value: Any) -> Any:
    """Plain JSON for a value in a report: arrays as lists; anything huge as its shortened repr."""
    def plain(item: Any) -> Any:
        if isinstance(item, (list, tuple, set, frozenset)):
            return [plain(x) for x in item]
        if isinstance(item, dict):
            return {k if isinstance(k, str) else repr(k): plain(v) for k, v in item.items()}
        if hasattr(item, "tolist"):
            return item.tolist()
        if isinstance(item, bytes):
            return item.decode("utf-8", errors="replace")
        return item if item is None or isinstance(item, (bool, int, float, str)) else repr(item)

    converted = plain(value)
    text = json.dumps(converted, default=repr)
    return converted if len(text) <= JSON_VALUE_LIMIT else brief(value, 1000)


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
    data["cases"] = [
        {"name": c.name, "verdict": c.verdict.value, "time_ms": _round(c.time_ms),
         "reference_time_ms": _round(c.reference_time_ms)} for c in result.cases
    ]
    return data


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _series(result) -> dict:
    pairs = lambda values: [(n, t) for n, t in zip(result.sizes, values) if t]  # noqa: E731
    return {"reference": ("r", pairs(result.reference.seconds)), "yours": ("●", pairs(result.user.seconds))}


def comparison(result, out: Console) -> None:
    """Print `compare`'s findings: the sentence, a table per size, growth and memory, and the chart."""
    from harness.chart import seconds, text

    out.print(Text.assemble(("compare", "bold"), f"  {result.problem}  ·  ", (result.summary, "bold")))
    for note in result.problems:
        out.print(f"[yellow]! {note}[/]")
    table = Table(box=None, header_style="bold")
    for column in ("n", "yours", "reference", "ratio"):
        table.add_column(column, justify="right")
    for n, mine, theirs in zip(result.sizes, result.user.seconds, result.reference.seconds):
        ratio = f"×{mine / theirs:.3g}" if mine and theirs else ""
        table.add_row(f"{n:,}", seconds(mine) if mine else "—", seconds(theirs) if theirs else "—", ratio)
    out.print(table)
    grid = Table.grid(padding=(0, 2))
    for label, side in (("yours", result.user), ("reference", result.reference)):
        growth = f"{side.complexity} (exponent {side.exponent})" if side.complexity else "—"
        grid.add_row(Text(label, style="bold"), f"growth {growth}", f"peak memory {_bytes(side.peak_memory_bytes)}")
    out.print(grid)
    if result.ratio is not None:
        low, high = result.ratio_range
        out.print(f"time ratio on the largest sizes: ×{result.ratio:.3g} (range ×{low:.3g}–×{high:.3g} over "
                  f"{result.rounds} rounds)")
    if any(points for _, points in _series(result).values()):
        out.print("\n".join(text(_series(result))), highlight=False, markup=False)


def _bytes(count: int | None) -> str:
    if count is None:
        return "—"
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if count >= scale:
            return f"{count / scale:.3g} {unit}"
    return f"{count} B"


def plot(result, path) -> None:
    """Write the chart to `path`: SVG by hand; PNG through matplotlib, when it is installed."""
    from harness.chart import svg

    title = f"{result.problem}: {result.summary}"
    if path.suffix.lower() == ".svg":
        path.write_text(svg(_series(result), title), encoding="utf-8")
        return
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(7, 4.5))
    for label, (_, points) in _series(result).items():
        axes.loglog(*zip(*points), marker="o", label=label)
    axes.set(xlabel="input size n", ylabel="seconds", title=title)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)


def comparison_json(result) -> dict:
    """The contract's `compare --json` object."""
    side = lambda s: {"exponent": s.exponent, "complexity": s.complexity,  # noqa: E731
                      "peak_memory_bytes": s.peak_memory_bytes}
    ms = lambda values: [None if t is None else round(t * 1000, 4) for t in values]  # noqa: E731
    return {
        "problem": result.problem, "file": result.file, "ratio": result.ratio,
        "ratio_range": list(result.ratio_range) if result.ratio_range else None,
        "sizes": result.sizes, "user_ms": ms(result.user.seconds), "reference_ms": ms(result.reference.seconds),
        "user": side(result.user), "reference": side(result.reference), "summary": result.summary,
        "rounds": result.rounds, "time_limit_s": round(result.limit_s, 3), "problems": result.problems,
    }


@contextmanager
def progress(enabled: bool):
    """Yield a callback `(stage, case, total)` that draws a transient progress bar on stderr."""
    if not (enabled and error_console.is_terminal):
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=error_console, transient=True) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, case: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=case + 1)

        yield update


def print_json(data: dict) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=repr) + "\n")
