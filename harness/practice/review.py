"""Spaced retests, and what to practise next: pure functions of the history's attempts and the calendar.

The rule (`shousi next --help` and the README say it too). Only grades count (`grade`, and a mock interview's;
not `run`, `compare`, or a grade that ended in internal_error, which is shousi's fault), each on the local
calendar day it happened:

- the first accepted grade solves a problem, and its first review falls due 1 day later;
- the first grade on or after the day a review is due is that review. Accepted: the review is passed, and the next
  falls due 3 days later, then 7, then 21 (LADDER); once the fourth is passed the problem is done, no more reviews.
  Not accepted: the review failed, and the problem is due at once; its next accepted grade solves it afresh and
  the ladder restarts (1 day, 3, 7, 21);
- a grade before a review is due is practice: it neither passes nor fails the review.

The practice queue (`plan`): new problems first (ones you started but never ran first, then easy before medium
before hard, each in catalogue order), then the ones tried but not solved (the most recently tried first), then
the reviews due (the most overdue first).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable

LADDER = (1, 3, 7, 21)  # days from solving to the first review, then from each passed review to the next
GRADED = ("grade", "mock")
DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


@dataclass(frozen=True)
class Review:
    """Where a solved problem stands: reviews passed since it was (last) solved, the day the next is due (None once
    all are passed), and whether the last review failed (then it stays due until it is solved again)."""

    passed: int
    due: dt.date | None
    failed: bool = False

    @property
    def done(self) -> bool:
        """Whether every review is passed."""
        return self.due is None

    def is_due(self, today: dt.date) -> bool:
        """Whether a review is due on `today` (or overdue)."""
        return self.due is not None and self.due <= today


def schedule(grades: Iterable[tuple[dt.date, bool]]) -> Review | None:
    """The review state after `grades`, each (day, accepted), oldest first; None while the problem is unsolved."""
    review = None
    for day, accepted in grades:
        review = _after(review, day, accepted)
    return review


def _after(review: Review | None, day: dt.date, accepted: bool) -> Review | None:
    """The state after one grade on `day` (see the module's rule)."""
    if review is None or review.failed:  # not solved, or not solved again since a failed review
        return Review(0, day + dt.timedelta(days=LADDER[0])) if accepted else review
    if review.done or day < review.due:  # practice, not a review
        return review
    if not accepted:
        return Review(review.passed, day, failed=True)
    passed = review.passed + 1
    return Review(passed, day + dt.timedelta(days=LADDER[passed]) if passed < len(LADDER) else None)


def grades(attempts) -> list[tuple[dt.date, bool]]:
    """One problem's grades as `schedule` takes them: (local day, accepted), oldest first."""
    return [(day_of(a.at), a.verdict == "accepted") for a in attempts
            if a.command in GRADED and a.verdict != "internal_error"]


def day_of(at: str) -> dt.date:
    """The local calendar day of a history timestamp (UTC, ISO 8601)."""
    return dt.datetime.fromisoformat(at).astimezone().date()


def reviews(attempts) -> dict[str, Review]:
    """Each solved problem's review state, by id, from every attempt in the history (oldest first)."""
    mine: dict[str, list] = {}
    for attempt in attempts:
        mine.setdefault(attempt.problem, []).append(attempt)
    found = {problem: schedule(grades(those)) for problem, those in mine.items()}
    return {problem: review for problem, review in found.items() if review is not None}


@dataclass(frozen=True)
class Item:
    """One problem in the queue: `new` (`started`: its file exists), `unsolved` (tried, never accepted; its last
    verdict and number of grades) or `review` (its Review)."""

    problem: object  # harness.catalogue.problem.Problem
    kind: str
    started: bool = False
    last_verdict: str | None = None
    graded: int = 0
    last_at: str = ""
    review: Review | None = None


@dataclass
class Plan:
    """What to practise now (`items`, in order), and the reviews not due yet (`later`, soonest first)."""

    items: list[Item] = field(default_factory=list)
    later: list[Item] = field(default_factory=list)

    def count(self, kind: str) -> int:
        """How many items of `kind` (new, unsolved, review) are in the queue."""
        return sum(item.kind == kind for item in self.items)


def plan(problems, attempts, started: set[str], today: dt.date) -> Plan:
    """The practice queue over `problems` (catalogue order) from the history's `attempts` (oldest first); `started`
    holds the ids whose workspace file exists."""
    mine: dict[str, list] = {}
    for attempt in attempts:
        mine.setdefault(attempt.problem, []).append(attempt)
    new, unsolved, due, later = [], [], [], []
    for problem in problems:
        tried = mine.get(problem.id, [])
        review = schedule(grades(tried))
        if not tried:
            new.append(Item(problem, "new", started=problem.id in started))
        elif review is None:
            verdict = next((a.verdict for a in reversed(tried) if a.verdict), None)
            unsolved.append(Item(problem, "unsolved", last_verdict=verdict, last_at=tried[-1].at,
                                 graded=sum(a.command in GRADED for a in tried)))
        elif not review.done:
            (due if review.is_due(today) else later).append(Item(problem, "review", review=review))
    new.sort(key=lambda item: (not item.started, DIFFICULTY_ORDER.get(item.problem.difficulty, len(DIFFICULTY_ORDER))))
    unsolved.sort(key=lambda item: item.last_at, reverse=True)
    due.sort(key=lambda item: item.review.due)
    later.sort(key=lambda item: item.review.due)
    return Plan(new + unsolved + due, later)
