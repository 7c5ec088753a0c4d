"""The mock interview for people: the brief, each statement without its spoilers, the keys, the countdown, the
scorecard, and the history of past mock interviews."""

from __future__ import annotations

import datetime as dt
import time
from contextlib import contextmanager

from rich.console import Console
from rich.table import Table
from rich.text import Text

from harness import units
from harness.report.catalogue import fold_spoilers
from harness.report.practice import _verdict
from harness.report.text import join, plain

KEYS = (("r", "run the examples"), ("g", "grade"), ("n", "next problem"), ("p", "previous"), ("s", "statement"),
        ("q", "finish"))


def _keys() -> list:
    parts: list = []
    for key, action in KEYS:
        parts += [" · "] * bool(parts) + [(key, "bold"), f" {action}"]
    return parts


def keys(out: Console) -> None:
    """The keys of the interview, on one line."""
    out.print(join("keys: ", *_keys()))


def brief(mock, out: Console) -> None:
    """What the interview holds (harness.practice.mock.Mock): each problem, its file, where an earlier answer went."""
    count = f"{len(mock.problems)} problem{'s' * (len(mock.problems) > 1)}"
    out.print(join(("Mock interview", "bold"), f" · {count} · {mock.minutes:g} minutes"))
    for number, (problem, path, backup) in enumerate(zip(mock.problems, mock.files, mock.backups), 1):
        out.print(join(f"  {number}. {problem.title} ({problem.difficulty}) → ", (str(path), "bold")))
        if backup is not None:
            out.print(plain(f"     your earlier {path.name} is kept as {backup}", "yellow"))
    out.print(plain("Write each answer in its file (`shousi run ID` and `shousi grade ID` find it too); "
                    "a file left as its stub counts as not attempted."))
    keys(out)


def statement(mock, language: str, out: Console) -> None:
    """The statement of the problem on the table, as `show` renders it, its interview section (report.catalogue's
    SPOILERS) left out: this is the interview."""
    from harness.report.markdown import Document  # markdown-it is slow to import

    problem = mock.problems[mock.current]
    out.rule(plain(f"{mock.current + 1}/{len(mock.problems)} · {problem.id}"))
    out.print(Document(fold_spoilers(problem.statement_in(language))))
    out.print(join((problem.difficulty, "bold"), " · your file: ", (str(mock.files[mock.current]), "bold")))


def untouched(problem, out: Console) -> None:
    """r or g on a file that is still the stub."""
    out.print(plain(f"{problem.id}: your file is still the stub; write your answer in it first.", "yellow"))


def cannot_grade(message: str, out: Console) -> None:
    """r or g on a file that cannot be graded (gone, binary, not UTF-8)."""
    out.print(plain(message, "yellow"))


def _left(deadline: float) -> str:
    seconds = max(0, int(deadline - time.monotonic()))
    return f"{seconds // 60:02d}:{seconds % 60:02d} left"


class _LiveLine:
    """The time left and the keys on a live line of the terminal, taken down while something else is printed."""

    def __init__(self, deadline: float, live):
        self.deadline, self.live = deadline, live

    def tick(self) -> None:
        self.live.update(join((_left(self.deadline), "bold"), "  ", *_keys()))

    @contextmanager
    def paused(self):
        self.live.stop()
        try:
            yield
        finally:
            self.live.start()


class _Lines:
    """The time left as a printed line, once a minute: for a pipe or a log."""

    def __init__(self, deadline: float, out: Console):
        self.deadline, self.out, self.minute = deadline, out, None

    def tick(self) -> None:
        minute = max(0, int(self.deadline - time.monotonic())) // 60
        if minute != self.minute:
            self.minute = minute
            self.out.print(_left(self.deadline))

    @contextmanager
    def paused(self):
        yield


@contextmanager
def countdown(deadline: float, out: Console):
    """Yield a countdown with `tick()`, which redraws the time left, and `paused()`, a context in which to print."""
    if not out.is_terminal:
        yield _Lines(deadline, out)
        return
    from rich.live import Live

    with Live(Text(_left(deadline)), console=out, refresh_per_second=4, transient=True) as live:
        yield _LiveLine(deadline, live)


ENDINGS = {"time_up": "Time's up: grading what you wrote.", "handed_in": "Handed in: grading what you wrote.",
           "abandoned": "Mock interview abandoned; nothing graded (your files stay where they are)."}


def ended(how: str, out: Console) -> None:
    """Say how the countdown ended (harness.practice.mock's TIME_UP, HANDED_IN or ABANDONED)."""
    out.print(plain(ENDINGS[how], "bold"))


def scorecard(card, out: Console) -> None:
    """An interviewer's scorecard (harness.practice.mock.Scorecard): each problem's outcome, then the signal."""
    table = Table(title="scorecard", header_style="bold")
    for column in ("problem", "verdict", "passed", "vs reference"):
        table.add_column(column, no_wrap=True)
    for outcome in card.outcomes:
        result = outcome.result
        if result is None:
            table.add_row(plain(outcome.problem.id), plain("not attempted", "dim"), "—", "—")
            continue
        ratio = units.compare_times(result.time_ms / 1000, (result.reference_time_ms or 0) / 1000) or "—"
        table.add_row(plain(result.problem), _verdict(result.verdict.value), f"{result.passed}/{result.total}", ratio)
    out.print(table)
    out.print(plain(card.summary, style="bold"))
    if card.solved < len(card.outcomes):
        out.print(plain("Your files stay in the workspace: `shousi grade ID` once you have finished one, "
                        "`shousi hint ID` for a nudge.", "dim"))


def history(records, out: Console) -> None:
    """Past mock interviews (harness.practice.history.MockRecord), newest first: when, minutes, each problem's
    result, and the summary."""
    if not records:
        out.print(plain("No mock interviews yet: `shousi mock` starts one."))
        return
    table = Table(title="mock interviews", header_style="bold", show_lines=True)
    for column in ("#", "when", "minutes", "problems", "summary"):
        table.add_column(column, no_wrap=column != "summary")
    for record in records:
        when = dt.datetime.fromisoformat(record.started).astimezone().strftime("%Y-%m-%d %H:%M")
        table.add_row(str(record.id), when, f"{record.minutes:g}", _problems(record), _summary(record))
    out.print(table)


def _problems(record) -> Text:
    lines = []
    for problem in record.problems:
        attempt = record.scored.get(problem)
        if attempt is None:
            result = plain("not attempted" if record.summary else "—", "dim")
        else:
            result = _verdict(attempt.verdict) + plain(f" {attempt.passed}/{attempt.total}" if attempt.total else "")
        lines.append(plain(f"{problem}  ") + result)
    return Text("\n").join(lines)


def _summary(record) -> Text:
    return plain(record.summary) if record.summary else plain("unfinished", "dim")
