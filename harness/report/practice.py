"""The practice loop for people: hints, progress over the catalogue, one problem's history."""

from __future__ import annotations

import datetime as dt
import time
from contextlib import contextmanager

from rich.console import Console
from rich.table import Table
from rich.text import Text

from harness.grading.verdict import Verdict
from harness import units
from harness.report.text import join, plain

STATUS_STYLE = {"solved": "green", "attempted": "yellow", "started": "cyan", "new": "dim"}


def hints(problem, texts, count: int, out: Console) -> None:
    from rich.markdown import Markdown  # slow to import: only `hint` needs it

    for number, text in enumerate(texts[:count], 1):
        out.print(Markdown(f"**Hint {number}/{len(texts)}.** {text}"))
    if count == len(texts):
        out.print(plain(f"That was the last hint. `shousi solution {problem.id}` shows the reference.", "dim"))
    else:
        out.print(plain(f"`shousi hint {problem.id}` again for the next one.", "dim"))


def _verdict(value: str | None) -> Text:
    if not value:
        return Text("—")
    return Text(value, style=Verdict(value).style) if value in Verdict._value2member_map_ else Text(value)


def _ms(value: float | None) -> str:
    return units.duration(None if value is None else value / 1000)


def progress_table(problems, attempts, streak: int, out: Console) -> None:
    table = Table(title="progress", header_style="bold")
    for column in ("id", "status", "attempts", "best time", "best ratio", "last verdict"):
        table.add_column(column, justify="right" if column in ("attempts", "best time", "best ratio") else "left",
                         no_wrap=column in ("status", "last verdict"))
    solved = 0
    for problem in problems:
        mine = [a for a in attempts if a.problem == problem.id]
        graded = [a for a in mine if a.command in ("grade", "mock")]
        accepted = [a for a in graded if a.verdict == "accepted"]
        status = "solved" if accepted else "attempted" if mine else "new"
        solved += status == "solved"
        best_time = min((a.time_ms for a in accepted if a.time_ms is not None), default=None)
        best_ratio = min((a.ratio for a in accepted if a.ratio is not None), default=None)
        last = next((a.verdict for a in reversed(mine) if a.verdict), None)
        table.add_row(plain(problem.id), Text(status, style=STATUS_STYLE[status]), str(len(graded)), _ms(best_time),
                      units.factor(best_ratio) if best_ratio else "—", _verdict(last))
    out.print(table)
    out.print(f"solved {solved}/{len(problems)}  ·  streak {streak} day{'s' if streak != 1 else ''}")


def history_table(problem, attempts, out: Console) -> None:
    if not attempts:
        out.print(plain(f"No attempts at {problem.id} yet: `shousi start {problem.id}`."))
        return
    table = Table(title=plain(f"history · {problem.id}"), header_style="bold")
    for column in ("when", "command", "verdict", "passed", "time", "ratio", "file"):
        table.add_column(column, no_wrap=True)
    for a in attempts:
        when = dt.datetime.fromisoformat(a.at).astimezone().strftime("%m-%d %H:%M")
        passed = f"{a.passed}/{a.total}" if a.total else "—"
        table.add_row(when, plain(a.command), _verdict(a.verdict), passed, _ms(a.time_ms),
                      units.factor(a.ratio) if a.ratio else "—", plain((a.file_hash or "—")[:8]))
    out.print(table)


def mock_brief(problems, files, minutes: float, out: Console) -> None:
    count = f"{len(problems)} problem{'s' * (len(problems) > 1)}"
    out.print(join(("Mock interview", "bold"), f" · {count} · {minutes:g} minutes"))
    for problem, path in zip(problems, files):
        out.print(join(f"  • {problem.title} ({problem.difficulty}) → ", (str(path), "bold"),
                       f"   `shousi show {problem.id}`"))
    out.print(join("Write your answers in those files. Press ", ("g", "bold"), " (or Enter) to hand in early, ",
                   ("q", "bold"), " to abandon."))


@contextmanager
def countdown(deadline: float, out: Console):
    """Yield a `tick()` that redraws the time left (a live line on a terminal; a line a minute elsewhere)."""
    last_minute = None

    def left() -> str:
        seconds = max(0, int(deadline - time.monotonic()))
        return f"{seconds // 60:02d}:{seconds % 60:02d} left"

    if out.is_terminal:
        from rich.live import Live

        with Live(Text(left()), console=out, refresh_per_second=4, transient=True) as live:
            yield lambda: live.update(Text(left(), style="bold"))
    else:
        def tick() -> None:
            nonlocal last_minute
            minute = int(deadline - time.monotonic()) // 60
            if minute != last_minute:
                last_minute = minute
                out.print(left())
        yield tick


MOCK_ENDINGS = {"time_up": "Time's up: grading.", "handed_in": "Handed in: grading.",
                "abandoned": "Mock interview abandoned; nothing graded."}


def mock_ended(how: str, out: Console) -> None:
    """Say how the countdown ended (harness.practice.mock's TIME_UP, HANDED_IN or ABANDONED)."""
    out.print(MOCK_ENDINGS[how])


def scorecard(card, out: Console) -> None:
    """An interviewer's scorecard (harness.practice.mock.Scorecard): each problem's result, then the signal."""
    table = Table(title="scorecard", header_style="bold")
    for column in ("problem", "verdict", "passed", "vs reference"):
        table.add_column(column, no_wrap=True)
    for result in card.results:
        ratio = units.compare_times(result.time_ms / 1000, (result.reference_time_ms or 0) / 1000) or "—"
        table.add_row(plain(result.problem), _verdict(result.verdict.value), f"{result.passed}/{result.total}", ratio)
    out.print(table)
    out.print(plain(card.summary, style="bold"))
    if card.solved < len(card.results):
        out.print(plain("Unsolved ones stay in the mock folder; `shousi hint ID` for a nudge, then try again.", "dim"))
