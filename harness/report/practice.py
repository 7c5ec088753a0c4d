"""The practice loop for people: hints, progress over the catalogue, one problem's history, what to practise next."""

from __future__ import annotations

import datetime as dt

from rich.console import Console
from rich.table import Table
from rich.text import Text

from harness.grading.verdict import Verdict
from harness.practice.review import LADDER
from harness.practice.versions import SHORT
from harness import units
from harness.report.tables import fit
from harness.report.text import join, plain

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


def _verdict(value: str | None) -> Text:
    if not value:
        return Text("—")
    return Text(value, style=Verdict(value).style) if value in Verdict._value2member_map_ else Text(value)


def _ms(value: float | None) -> str:
    return units.duration(None if value is None else value / 1000)


def progress_table(problems, attempts, streak: int, reviews: dict, today: dt.date, out: Console) -> None:
    """Each problem's status, grades, best time and ratio, last verdict and when its next review is due
    (`reviews`: harness.practice.review.Review by id), then the totals."""
    table = Table(title="progress", header_style="bold")
    for column in ("id", "status", "attempts", "best time", "best ratio", "last verdict", "review"):
        table.add_column(column, justify="right" if column in ("attempts", "best time", "best ratio") else "left",
                         no_wrap=column in ("id", "status", "last verdict"))
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
                      units.factor(best_ratio) if best_ratio else "—", _verdict(last),
                      _due(reviews.get(problem.id), today))
    out.print(fit(table, out, ("best ratio", "best time", "attempts", "review", "last verdict")))
    due = sum(review.is_due(today) for review in reviews.values())
    out.print(f"solved {solved}/{len(problems)}  ·  streak {streak} day{'s' if streak != 1 else ''}"
              + (f"  ·  {_count(due, 'review')} due: `shousi next`" if due else ""))


def _due(review, today: dt.date) -> Text:
    """When a solved problem's next review is due, in words: due today, 2 days late, in 3 days, retry, done."""
    if review is None:
        return Text("—")
    if review.done:
        return Text("done", style="green")
    if review.failed:
        return Text("retry", style="bold red")
    days = (review.due - today).days
    if days > 0:
        return Text(f"in {_count(days, 'day')}")
    return Text("due today" if days == 0 else f"{_count(-days, 'day')} late", style="bold yellow")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"


def history_table(problem, attempts, versions, out: Console) -> None:
    """Every attempt at one problem, oldest first, with the version of the code it graded (`versions`:
    harness.practice.versions.Version, whose code is kept; other attempts show their hash alone)."""
    if not attempts:
        out.print(plain(f"No attempts at {problem.id} yet: `shousi start {problem.id}`."))
        return
    names = {version.hash: version.name for version in versions}
    table = Table(title=plain(f"history · {problem.id}"), header_style="bold")
    for column in ("when", "command", "verdict", "passed", "time", "ratio", "version"):
        table.add_column(column, no_wrap=True)
    for a in attempts:
        when = dt.datetime.fromisoformat(a.at).astimezone().strftime("%m-%d %H:%M")
        passed = f"{a.passed}/{a.total}" if a.total else "—"
        version = " ".join(part for part in (names.get(a.file_hash), (a.file_hash or "")[:SHORT]) if part) or "—"
        table.add_row(when, plain(a.command), _verdict(a.verdict), passed, _ms(a.time_ms),
                      units.factor(a.ratio) if a.ratio else "—", plain(version))
    out.print(table)
    if versions:
        out.print(plain(f"`shousi history {problem.id} --show N` prints version N's code; `shousi diff {problem.id}` "
                        "shows what changed between the last two graded.", "dim"))


NEXT_STEP = {"new": "shousi start {id}", "started": "shousi run {id}", "unsolved": "shousi grade {id}",
             "review": "shousi start {id} --force"}


def next_up(plan, count: int, today: dt.date, out: Console) -> None:
    """`next`: the problem to practise now and the command to begin with, the few after it, and the queue's size
    (`plan`: harness.practice.review.Plan)."""
    if not plan.items:
        out.print(plain("Nothing to practise right now: every problem is solved and no review is due." if plan.later
                        else "Every problem solved and every review passed: nothing left to practise."))
        if plan.later:
            out.print(plain(_soonest(plan, today), "dim"))
        return
    first = plan.items[0]
    step = NEXT_STEP["started" if first.started else first.kind].format(id=first.problem.id)
    out.print(Text.assemble(("next: ", "bold"), plain(first.problem.id, "bold"), f" ({first.problem.difficulty}, ",
                            _why(first, today), ")  →  ", plain(step, "bold cyan")))
    if first.kind == "review":
        out.print(plain("Write it again from a fresh stub, without looking (`start --force` backs up your file).",
                        "dim"))
    if count > 1 and len(plan.items) > 1:
        _then(plan.items[1:count], today, out)
    counts = [f"{plan.count('new')} new", f"{plan.count('unsolved')} unsolved",
              f"{_count(plan.count('review'), 'review')} due"] + ([_soonest(plan, today)] if plan.later else [])
    out.print(plain("  ·  ".join(counts), "dim"))


def _then(items, today: dt.date, out: Console) -> None:
    """The items after the first, numbered from 2."""
    from rich import box

    table = Table(title="then", title_justify="left", header_style="bold", box=box.SIMPLE_HEAD)
    for column in ("#", "id", "difficulty", "why"):
        table.add_column(column, no_wrap=column != "why", justify="right" if column == "#" else "left")
    for number, item in enumerate(items, 2):
        table.add_row(str(number), plain(item.problem.id), plain(item.problem.difficulty), _why(item, today))
    out.print(table)


def _soonest(plan, today: dt.date) -> str:
    """The review due soonest among those not due yet."""
    soonest = plan.later[0]
    return f"next review: {soonest.problem.id} {_due(soonest.review, today).plain}"


def _why(item, today: dt.date) -> Text:
    """Why an item is in the queue, in words."""
    if item.kind == "new":
        return Text("started, not run yet", style=STATUS_STYLE["started"]) if item.started else Text("new")
    if item.kind == "unsolved":
        tried = f"{_count(item.graded, 'grade')}" if item.graded else "not graded yet"
        return join((tried, "yellow"), f", last {item.last_verdict}" if item.last_verdict else "")
    review = item.review
    if review.failed:
        return Text("review failed: solve it again", style="bold red")
    return join(f"review {review.passed + 1} of {len(LADDER)}, ", _due(review, today))
