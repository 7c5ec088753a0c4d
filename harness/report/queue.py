"""`next` for people (the problem to practise now, the few after it, the queue's size) in the chosen language, and
its `--json` object (English keys and values, whatever the language)."""

from __future__ import annotations

import datetime as dt

from rich.console import Console
from rich.table import Table
from rich.text import Text

from harness.practice.review import LADDER
from harness.report.cjk import prose
from harness.report.practice import STATUS_STYLE, due
from harness.report.text import join, plain
from harness.report.words import plural, say, verdict

NEXT_STEP = {"new": "shousi start {id}", "started": "shousi run {id}", "unsolved": "shousi grade {id}",
             "review": "shousi start {id} --force"}


def step(item) -> str:
    """The command to begin an item of the queue with."""
    return NEXT_STEP["started" if item.started else item.kind].format(id=item.problem.id)


def next_up(plan, count: int, today: dt.date, out: Console, lang: str = "en") -> None:
    """`next`: the problem to practise now and the command to begin with, the few after it, and the queue's size
    (`plan`: harness.practice.review.Plan); the words in `lang`."""
    if not plan.items:
        out.print(prose(say("nothing now" if plan.later else "nothing left", lang), lang))
        if plan.later:
            out.print(plain(_soonest(plan, today, lang), "dim"))
        return
    first = plan.items[0]
    comma = "，" if lang == "zh" else ", "
    opening, closing = ("（", "）") if lang == "zh" else (" (", ")")
    out.print(Text.assemble((say("next:", lang), "bold"), plain(first.problem.id, "bold"),
                            f"{opening}{say(first.problem.difficulty, lang)}{comma}", _why(first, today, lang),
                            f"{closing}  →  ", plain(step(first), "bold cyan")))
    if first.kind == "review":
        out.print(prose(say("write it again", lang), lang, "dim"))
    if count > 1 and len(plan.items) > 1:
        _then(plan.items[1:count], today, out, lang)
    reviews = plan.count("review")
    counts = [say("count new", lang, n=plan.count("new")), say("count unsolved", lang, n=plan.count("unsolved")),
              say("count reviews", lang, n=reviews, s=plural(reviews))]
    out.print(plain("  ·  ".join(counts + ([_soonest(plan, today, lang)] if plan.later else [])), "dim"))


def _then(items, today: dt.date, out: Console, lang: str) -> None:
    """The items after the first, numbered from 2."""
    from rich import box

    table = Table(title=say("then", lang), title_justify="left", header_style="bold", box=box.SIMPLE_HEAD)
    for column in ("#", "id", "difficulty", "why"):
        table.add_column(say(column, lang), no_wrap=column != "why", justify="right" if column == "#" else "left")
    for number, item in enumerate(items, 2):
        table.add_row(str(number), plain(item.problem.id), plain(say(item.problem.difficulty, lang)),
                      _why(item, today, lang))
    out.print(table)


def _soonest(plan, today: dt.date, lang: str) -> str:
    """The review due soonest among those not due yet."""
    soonest = plan.later[0]
    return say("next review", lang, id=soonest.problem.id, due=due(soonest.review, today, lang).plain)


def _why(item, today: dt.date, lang: str = "en") -> Text:
    """Why an item is in the queue, in words."""
    if item.kind == "new":
        if item.started:
            return Text(say("started, not run yet", lang), style=STATUS_STYLE["started"])
        return Text(say("new", lang))
    if item.kind == "unsolved":
        tried = say("grades", lang, n=item.graded, s=plural(item.graded)) if item.graded else say("not graded yet",
                                                                                                   lang)
        last = verdict(item.last_verdict, lang) if lang == "zh" else item.last_verdict
        return join((tried, "yellow"), say("last", lang, verdict=last) if item.last_verdict else "")
    review = item.review
    if review.failed:
        return Text(say("review failed", lang), style="bold red")
    return join(say("review of", lang, number=review.passed + 1, total=len(LADDER)), due(review, today, lang))


def next_json(plan, count: int, today: dt.date) -> dict:
    """`next --json`: the problem to practise now (null when none), the first `count` of the queue with why each is
    there and the command to begin with, how many of each kind the whole queue holds, and the reviews not due yet."""
    queue = [_item_json(item, today) for item in plan.items[:count]]
    return {
        "next": queue[0] if queue else None, "queue": queue,
        "counts": {kind: plan.count(kind) for kind in ("new", "unsolved", "review")},
        "later": [_item_json(item, today) for item in plan.later],
    }


def _item_json(item, today: dt.date) -> dict:
    """One item of the queue as JSON; `reason` is the English words the table shows."""
    review = item.review
    return {
        "problem": item.problem.id, "difficulty": item.problem.difficulty, "kind": item.kind,
        "reason": _why(item, today).plain, "command": step(item), "started": item.started,
        "graded": item.graded, "last_verdict": item.last_verdict,
        "review": None if review is None else {
            "passed": review.passed, "of": len(LADDER), "failed": review.failed,
            "due": review.due.isoformat() if review.due else None,
        },
        "due": review.due.isoformat() if review and review.due else None,
    }
