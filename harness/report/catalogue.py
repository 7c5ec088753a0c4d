"""The catalogue for people: the problem list, a statement, a source file."""

from __future__ import annotations

from typing import Iterable

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from harness.catalogue.problem import Problem
from harness.report.text import join, plain

DIFFICULTY = {"easy": "green", "medium": "yellow", "hard": "red"}


def problem_table(problems: Iterable[Problem], status: dict[str, str], out: Console) -> None:
    """The catalogue; on a narrow terminal the title and tags give way, so that ids are never cut."""
    from rich import box

    wide = out.width >= 120
    table = Table(title="shousi · 手撕", title_style="bold", header_style="bold", box=box.SIMPLE_HEAD)
    table.add_column("id", no_wrap=True, style="bold")
    table.add_column("LC", justify="right", no_wrap=True)
    if wide:
        table.add_column("title")
    table.add_column("difficulty", no_wrap=True)
    if out.width >= 100:
        table.add_column("tags", overflow="fold")
    table.add_column("status", no_wrap=True)
    for problem in problems:
        row = [plain(problem.id), str(problem.number or "—")]
        row += [plain(problem.title)] if wide else []
        row.append(plain(problem.difficulty, style=DIFFICULTY.get(problem.difficulty, "")))
        row += [plain(", ".join(problem.tags))] if out.width >= 100 else []
        row.append(plain(status.get(problem.id, "new")))
        table.add_row(*row)
    out.print(table)


def statement(problem: Problem, language: str, out: Console) -> None:
    from rich.markdown import Markdown  # markdown-it is slow to import; only `show` needs it

    out.print(Markdown(problem.statement_in(language)))
    if problem.asked_in:
        out.print(Panel(plain("\n".join(f"• {where}" for where in problem.asked_in)),
                        title="asked in" if language == "en" else "面试来源", expand=False))
    out.print(join((problem.difficulty, "bold"), f" · {', '.join(problem.tags)} · start with ",
                   (f"shousi start {problem.id}", "bold")))


def source(path, title: str, out: Console) -> None:
    from rich.syntax import Syntax  # pygments is slow to import; only `solution` needs it

    out.print(Panel(Syntax(path.read_text(encoding="utf-8"), "python", line_numbers=True), title=plain(title)))


