"""The practice loop for people: hints, progress over the catalogue and one problem's history, in the chosen
language (what to practise next is report.queue)."""

from __future__ import annotations

import datetime as dt

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from harness.grading.verdict import Verdict
from harness.practice.versions import SHORT
from harness import units
from harness.report.cjk import prose
from harness.report.tables import fit
from harness.report.text import plain
from harness.report.words import plural, say, verdict as verdict_name

STATUS_STYLE = {"solved": "green", "attempted": "yellow", "started": "cyan", "new": "dim"}


def hints(problem, texts, count: int, out: Console, only_new: bool = False, lang: str = "en") -> None:
    """The first `count` hints, or only the newest (`watch`'s h: the others are on the screen already), labelled
    in `lang`."""
    from harness.report.cjk import wrapped
    from harness.report.markdown import Document  # slow to import: only `hint` needs it
    from harness.report.words import say

    for number, text in enumerate(texts[:count], 1):
        if only_new and number < count:
            continue
        out.print(Document(say("hint", lang, number=number, total=len(texts), text=text)))
    footer = "last hint" if count == len(texts) else "next hint"
    out.print(wrapped(say(footer, lang, id=problem.id), "dim"))


def _verdict(value: str | None, lang: str = "en") -> Text:
    """A verdict in a table: its value in English (`wrong_answer`), 力扣's name in Chinese, in its colour."""
    if not value:
        return Text("—")
    if value not in Verdict._value2member_map_:
        return Text(value)
    return Text(verdict_name(value, lang) if lang == "zh" else value, style=Verdict(value).style)


def _ms(value: float | None) -> str:
    return units.duration(None if value is None else value / 1000)


PROGRESS_COLUMNS = ("id", "status", "attempts", "best time", "best ratio", "last verdict", "review")
NUMERIC = ("attempts", "best time", "best ratio")


def progress_table(problems, attempts, streak: int, reviews: dict, today: dt.date, out: Console,
                   lang: str = "en") -> None:
    """Each problem's status, grades, best time and ratio, last verdict and when its next review is due
    (`reviews`: harness.practice.review.Review by id), then the totals; the words in `lang`."""
    table = Table(title=say("progress", lang), header_style="bold")
    longest = max((len(problem.id) for problem in problems), default=2)
    for column in PROGRESS_COLUMNS:  # an id is never cut: the other columns give way (below) first
        table.add_column(say(column, lang), justify="right" if column in NUMERIC else "left",
                         no_wrap=column in ("id", "status", "last verdict"),
                         min_width=longest if column == "id" else cell_len(say(column, lang)))
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
        # the id in its status's colour too: a terminal too narrow for the longest ids drops the status column
        style = STATUS_STYLE[status]
        table.add_row(Text(problem.id, style=style), Text(say(status, lang), style=style), str(len(graded)),
                      _ms(best_time), units.factor(best_ratio) if best_ratio else "—", _verdict(last, lang),
                      due(reviews.get(problem.id), today, lang))
    give_way = ("best ratio", "best time", "attempts", "review", "last verdict", "status")
    out.print(fit(table, out, [say(column, lang) for column in give_way]))
    count = sum(review.is_due(today) for review in reviews.values())
    footer = say("solved of", lang, solved=solved, total=len(problems))
    footer += say("streak", lang, n=streak, s=plural(streak))
    footer += say("reviews due here", lang, n=count, s=plural(count)) if count else ""
    out.print(prose(footer, lang))


def due(review, today: dt.date, lang: str = "en") -> Text:
    """When a solved problem's next review is due, in words: due today, 2 days late, in 3 days, retry, done."""
    if review is None:
        return Text("—")
    if review.done:
        return Text(say("done", lang), style="green")
    if review.failed:
        return Text(say("retry", lang), style="bold red")
    days = (review.due - today).days
    if days > 0:
        return Text(say("in days", lang, n=days, s=plural(days)))
    late = say("due today", lang) if days == 0 else say("days late", lang, n=-days, s=plural(-days))
    return Text(late, style="bold yellow")


HISTORY_COLUMNS = ("when", "command", "verdict", "passed", "time", "ratio", "version")


def history_table(problem, attempts, versions, out: Console, lang: str = "en") -> None:
    """Every attempt at one problem, oldest first, with the version of the code it graded (`versions`:
    harness.practice.versions.Version, whose code is kept; other attempts show their hash alone); words in `lang`."""
    if not attempts:
        out.print(prose(say("no attempts", lang, id=problem.id), lang))
        return
    names = {version.hash: version.name for version in versions}
    table = Table(title=plain(say("history of", lang, id=problem.id)), header_style="bold")
    for column in HISTORY_COLUMNS:
        table.add_column(say(column, lang), no_wrap=True)
    for a in attempts:
        when = dt.datetime.fromisoformat(a.at).astimezone().strftime("%m-%d %H:%M")
        passed = f"{a.passed}/{a.total}" if a.total else "—"
        version = " ".join(part for part in (names.get(a.file_hash), (a.file_hash or "")[:SHORT]) if part) or "—"
        table.add_row(when, plain(say(a.command, lang)), _verdict(a.verdict, lang), passed, _ms(a.time_ms),
                      units.factor(a.ratio) if a.ratio else "—", plain(version))
    out.print(table)
    if versions:
        out.print(prose(say("history footer", lang, id=problem.id), lang, "dim"))


def history_json(problem, attempts, versions) -> dict:
    """`history ID --json`: every attempt, oldest first, with its kind, verdict, cases passed, times, and the version
    of the code it graded (its number where the code is kept, and its full hash); timestamps in ISO 8601 (UTC)."""
    numbers = {version.hash: version.number for version in versions}
    return {"problem": problem.id, "attempts": [{
        "at": a.at, "kind": a.command, "verdict": a.verdict, "passed": a.passed, "total": a.total,
        "time_ms": a.time_ms, "reference_time_ms": a.reference_ms, "ratio": a.ratio,
        "version": numbers.get(a.file_hash), "hash": a.file_hash, "mock": a.mock,
    } for a in attempts], "versions": len(versions)}
