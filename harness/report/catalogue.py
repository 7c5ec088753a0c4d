"""The catalogue for people: the problem list, a statement, a source file."""

from __future__ import annotations

from typing import Callable, Iterable

from rich.console import Console
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table

from harness.catalogue.problem import Problem
from harness.report.cjk import Wrapped, wrapped
from harness.report.tables import fit
from harness.report.text import join, plain
from harness.report.words import say

DIFFICULTY = {"easy": "green", "medium": "yellow", "hard": "red"}


def problem_table(problems: Iterable[Problem], status: dict[str, str], out: Console, lang: str = "en") -> None:
    """The catalogue; on a narrow terminal the columns that matter least give way, so that no id is ever cut."""
    from rich import box

    problems = list(problems)
    table = Table(title="shousi · 手撕", title_style="bold", header_style="bold", box=box.SIMPLE_HEAD,
                  show_edge=False, pad_edge=False)
    for column in COLUMNS:
        table.add_column(say(column, lang), **_COLUMN_OPTIONS.get(column, {}))
    table.columns[0].no_wrap = max((len(p.id) for p in problems), default=0) <= out.width  # else it folds
    for problem in problems:
        table.add_row(plain(problem.id), str(problem.number or "—"), plain(problem.title),
                      plain(say(problem.difficulty, lang), style=DIFFICULTY.get(problem.difficulty, "")),
                      plain(", ".join(problem.tags)), plain(say(status.get(problem.id, "new"), lang)))
    out.print(fit(table, out, [say(column, lang) for column in GIVE_WAY]))


def chain_list(chains, out: Console, lang: str = "en") -> None:
    """The follow-up chains (harness.catalogue.chains): each one's name, title and problems in order."""
    if not chains:
        return
    out.print()
    out.print(plain(say("chains", lang), "bold"))
    for chain in chains:
        out.print(Padding(join((chain.name, "bold"), ": ", chain.title_in(lang)), (0, 0, 0, 2)))
        out.print(Padding(plain(" → ".join(chain.problems), "dim"), (0, 0, 0, 4)))


# The list's columns, and the order in which they give way on a narrow terminal; the title and tags wrap, an id
# folds only on a terminal narrower than itself.
COLUMNS = ("id", "LC", "title", "difficulty", "tags", "status")
GIVE_WAY = ("title", "tags", "LC", "difficulty", "status")
_COLUMN_OPTIONS = {"id": dict(overflow="fold", style="bold"), "LC": dict(justify="right", no_wrap=True),
                   "title": dict(min_width=16), "difficulty": dict(no_wrap=True),
                   "tags": dict(min_width=16, overflow="fold"), "status": dict(no_wrap=True)}


def statement(problem: Problem, language: str, out: Console, spoilers: bool = True) -> None:
    """The statement in `language` (its interview section folded into a note unless `spoilers`), who asked it,
    and how to start."""
    from harness.report.markdown import Document  # markdown-it is slow to import; only `show` needs it

    def note(section: str) -> str:
        return say("folded", language, section=section, id=problem.id)

    from harness import acm

    text = problem.statement_in(language)
    if acm.offered(problem):  # how to solve it as a whole program instead
        text = text.rstrip("\n") + "\n\n" + acm.section(problem, language)
    out.print(Document(text if spoilers else fold_spoilers(text, note)))
    if problem.asked_in:
        places = wrapped("\n".join(f"• {where}" for where in problem.asked_in))
        out.print(Panel(places, title=say("asked in", language), expand=False))
    command = f"shousi start {problem.id}"
    footer = join((say(problem.difficulty, language), "bold"), f" · {', '.join(problem.tags)} · ",
                  say("start with", language), (command, "bold"))
    out.print(Wrapped(footer, keep=[(len(footer) - len(command), len(footer))]))


# The headings of the statement sections that give the approach away (its complexity, the classic mistakes):
# `show` folds them until the problem is solved.
SPOILERS = ("What interviewers ask", "面试官会问")


def fold_spoilers(markdown: str, note: Callable[[str], str] | None = None) -> str:
    """`markdown` with each SPOILERS section, from its heading to the next heading of its level or above (a `#`
    line in a fenced block is no heading), replaced by the line `note(heading)`, or left out without `note`."""
    kept: list[str] = []
    fenced, folding = False, 0  # folding: the level of the heading being left out, 0 for none
    for line in markdown.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif line.startswith("#") and not fenced:
            level = len(line) - len(line.lstrip("#"))
            if folding and level <= folding:
                folding = 0
            title = line.lstrip("#").strip()
            if not folding and title.startswith(SPOILERS):
                folding = level
                kept += [note(title), ""] if note else []
        if not folding:
            kept.append(line)
    return "\n".join(kept)


def source(path, title: str, out: Console) -> None:
    """A source file, highlighted, with line numbers, in a box titled `title`."""
    code(path.read_text(encoding="utf-8"), title, out)


def code(text: str, title: str, out: Console) -> None:
    """Python code, highlighted, with line numbers, in a box titled `title` (`solution`, `history --show`)."""
    from rich.syntax import Syntax  # pygments is slow to import

    out.print(Panel(Syntax(text, "python", line_numbers=True, word_wrap=True), title=plain(title)))


