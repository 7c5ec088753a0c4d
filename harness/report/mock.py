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
from harness.report.cjk import Wrapped, prose
from harness.report.text import join, plain
from harness.report.words import plural, say

KEYS = (("r", "key run"), ("g", "key grade"), ("n", "key next"), ("p", "key previous"), ("s", "key statement"),
        ("q", "key finish"))


def _keys(lang: str = "en") -> list:
    parts: list = []
    for key, action in KEYS:
        parts += [" · "] * bool(parts) + [(key, "bold"), f" {say(action, lang)}"]
    return parts


def keys(out: Console, lang: str = "en") -> None:
    """The keys of the interview, on one line."""
    out.print(join(say("keys:", lang), *_keys(lang)))


def brief(mock, out: Console, lang: str = "en") -> None:
    """What the interview holds (harness.practice.mock.Mock): each problem, its file, where an earlier answer went."""
    count = len(mock.problems)
    out.print(join((say("mock interview", lang), "bold"),
                   say("mock chain", lang, name=mock.chain) if mock.chain else "",
                   say("mock size", lang, n=count, s=plural(count), minutes=f"{mock.minutes:g}")))
    for number, (problem, path, backup) in enumerate(zip(mock.problems, mock.files, mock.backups), 1):
        if number > mock.reachable:
            name = problem.id if lang == "zh" else problem.title
            out.print(plain(f"  {number}. {name} → {say('chain later', lang)}", "dim"))
            continue
        name = f"{problem.id}（{say(problem.difficulty, lang)}）" if lang == "zh" else (
            f"{problem.title} ({problem.difficulty})")
        out.print(join(f"  {number}. {name} → ", (str(path), "bold")))
        if backup is not None:
            out.print(plain(say("earlier kept", lang, name=path.name, backup=backup), "yellow"))
    out.print(prose(say("mock rules", lang), lang))
    if mock.chain:
        out.print(prose(say("chain rules", lang), lang))
    keys(out, lang)


def follow_up(mock, out: Console, lang: str = "en") -> None:
    """A chain's latest problem was accepted: the next one is on the table, its file started from that answer."""
    problem = mock.problems[mock.current]
    out.print(prose(say("chain next", lang, id=problem.id, file=mock.files[mock.current],
                        previous=mock.problems[mock.current - 1].id), lang, "bold green"))


def statement(mock, language: str, out: Console) -> None:
    """The statement of the problem on the table, as `show` renders it, its interview section (report.catalogue's
    SPOILERS) left out: this is the interview."""
    from harness.report.markdown import Document  # markdown-it is slow to import

    problem = mock.problems[mock.current]
    out.rule(plain(f"{mock.current + 1}/{len(mock.problems)} · {problem.id}"))
    out.print(Document(fold_spoilers(problem.statement_in(language))))
    out.print(join((say(problem.difficulty, language), "bold"), say("your file", language),
                   (str(mock.files[mock.current]), "bold")))


def untouched(problem, out: Console, lang: str = "en") -> None:
    """r or g on a file that is still the stub."""
    out.print(prose(say("still the stub", lang, id=problem.id), lang, "yellow"))


def cannot_grade(message: str, out: Console) -> None:
    """r or g on a file that cannot be graded (gone, binary, not UTF-8)."""
    out.print(plain(message, "yellow"))


def _left(deadline: float, lang: str = "en") -> str:
    seconds = max(0, int(deadline - time.monotonic()))
    return say("left", lang, clock=f"{seconds // 60:02d}:{seconds % 60:02d}")


class _LiveLine:
    """The time left and the keys on a live line of the terminal, taken down while something else is printed."""

    def __init__(self, deadline: float, live, lang: str = "en"):
        self.deadline, self.live, self.lang = deadline, live, lang

    def tick(self) -> None:
        self.live.update(join((_left(self.deadline, self.lang), "bold"), "  ", *_keys(self.lang)))

    @contextmanager
    def paused(self):
        self.live.stop()
        try:
            yield
        finally:
            self.live.start()


class _Lines:
    """The time left as a printed line, once a minute: for a pipe or a log."""

    def __init__(self, deadline: float, out: Console, lang: str = "en"):
        self.deadline, self.out, self.minute, self.lang = deadline, out, None, lang

    def tick(self) -> None:
        minute = max(0, int(self.deadline - time.monotonic())) // 60
        if minute != self.minute:
            self.minute = minute
            self.out.print(plain(_left(self.deadline, self.lang)))

    @contextmanager
    def paused(self):
        yield


@contextmanager
def countdown(deadline: float, out: Console, lang: str = "en"):
    """Yield a countdown with `tick()`, which redraws the time left, and `paused()`, a context in which to print."""
    if not out.is_terminal:
        yield _Lines(deadline, out, lang)
        return
    from rich.live import Live

    with Live(Text(_left(deadline, lang)), console=out, refresh_per_second=4, transient=True) as live:
        yield _LiveLine(deadline, live, lang)


def ended(how: str, out: Console, lang: str = "en") -> None:
    """Say how the countdown ended (harness.practice.mock's TIME_UP, HANDED_IN or ABANDONED: the phrase's key)."""
    out.print(prose(say(how, lang), lang, "bold"))


def scorecard(card, out: Console, lang: str = "en") -> None:
    """An interviewer's scorecard (harness.practice.mock.Scorecard): each problem's outcome, then the signal."""
    from harness.report.words import comparison

    table = Table(title=say("scorecard", lang), header_style="bold")
    for column in ("problem", "verdict", "passed", "vs reference"):
        table.add_column(say(column, lang), no_wrap=True)
    for outcome in card.outcomes:
        result = outcome.result
        if result is None:
            what = "not attempted" if outcome.reached else "not reached"
            table.add_row(plain(outcome.problem.id), plain(say(what, lang), "dim"), "—", "—")
            continue
        ratio = units.compare_times(result.time_ms / 1000, (result.reference_time_ms or 0) / 1000)
        table.add_row(plain(result.problem), _verdict(result.verdict.value, lang), f"{result.passed}/{result.total}",
                      (comparison(ratio, lang) if lang == "zh" else ratio) or "—")
    out.print(table)
    out.print(plain(card.summary if lang != "zh" else summary(card, lang), style="bold"))
    if card.solved < len(card.outcomes):
        out.print(prose(say("mock after", lang), lang, "dim"))


def summary(card, lang: str = "en") -> str:
    """The scorecard in one line in `lang` (harness.practice.mock.Scorecard.summary is the English, kept)."""
    return _summary_line(card.signal, card.solved, len(card.outcomes), card.not_attempted, card.used_s,
                         card.minutes, lang, card.not_reached)


def _summary_line(signal: str, solved: int, total: int, not_attempted: int, used_s: float, minutes: float,
                  lang: str, not_reached: int = 0) -> str:
    """A scorecard's line in `lang` from its parts; an abandoned interview's when there is no `signal`."""
    seconds = int(used_s)
    spent = say("spent", lang, minutes=seconds // 60, seconds=seconds % 60)
    if not signal:
        return say("abandoned after", lang, spent=spent, minutes=f"{minutes:g}")
    skipped = say("skipped", lang, n=not_attempted) if not_attempted else ""
    skipped += say("unreached", lang, n=not_reached) if not_reached else ""
    return say("mock summary", lang, signal=say(signal, lang), solved=solved, total=total, skipped=skipped,
               spent=spent, minutes=f"{minutes:g}")


HISTORY_COLUMNS = ("#", "when", "minutes", "problems", "summary")


def history(records, out: Console, lang: str = "en") -> None:
    """Past mock interviews (harness.practice.history.MockRecord), newest first: when, minutes, each problem's
    result, and the summary, in `lang`."""
    if not records:
        out.print(prose(say("no mocks", lang), lang))
        return
    table = Table(title=say("mock interviews", lang), header_style="bold", show_lines=True)
    for column in HISTORY_COLUMNS:
        table.add_column(say(column, lang), no_wrap=column != "summary")
    for record in records:
        when = dt.datetime.fromisoformat(record.started).astimezone().strftime("%Y-%m-%d %H:%M")
        table.add_row(str(record.id), when, f"{record.minutes:g}", _problems(record, lang), _summary(record, lang))
    out.print(table)


def _problems(record, lang: str) -> Text:
    from harness.practice.mock import read_summary

    parts = read_summary(record.summary) if record.summary else None
    skipped = parts.not_reached if parts else 0  # a chain's last problems, never reached
    unreached = set(record.problems[len(record.problems) - skipped:]) if skipped else set()
    lines = []
    for problem in record.problems:
        attempt = record.scored.get(problem)
        if attempt is None:
            missing = "not reached" if problem in unreached else "not attempted"
            result = plain(say(missing, lang) if record.summary else "—", "dim")
        else:
            result = _verdict(attempt.verdict, lang) + plain(f" {attempt.passed}/{attempt.total}" if attempt.total
                                                             else "")
        lines.append(plain(f"{problem}  ") + result)
    return Text("\n").join(lines)


def _summary(record, lang: str) -> Text | Wrapped:
    """The kept one-line summary, said again in `lang` (the history keeps it in English)."""
    from harness.practice.mock import read_summary

    if not record.summary:
        return plain(say("unfinished", lang), "dim")
    parts = read_summary(record.summary) if lang == "zh" else None
    if parts is None:
        return plain(record.summary)
    return prose(_summary_line(parts.signal, parts.solved, parts.total, parts.not_attempted, parts.used_s,
                               parts.minutes, lang, parts.not_reached), lang)
