"""What to practise next: the spaced-retest rule on fixed dates (harness.practice.review), the queue's order, and
`shousi next` / `shousi progress` on a history built by hand."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from harness import catalogue
from harness.cli import main
from harness.practice.history import Attempt, History
from harness.practice.review import Review, grades, plan, schedule

D0 = dt.date(2024, 5, 1)


def day(offset: int) -> dt.date:
    return D0 + dt.timedelta(days=offset)


def at(when: dt.date) -> str:
    """A history timestamp at noon, local time, on `when`."""
    return dt.datetime.combine(when, dt.time(12)).astimezone().isoformat(timespec="seconds")


def attempt(problem: str, when: dt.date, verdict: str = "accepted", command: str = "grade") -> Attempt:
    return Attempt(at(when), problem, command, verdict, 1, 1, 1.0, 1.0, 1.0)


def test_never_accepted_is_not_scheduled():
    assert schedule([]) is None
    assert schedule([(day(0), False), (day(3), False)]) is None


def test_the_ladder_is_1_3_7_21_days_then_done():
    assert schedule([(day(0), True)]) == Review(0, day(1))
    assert schedule([(day(0), True), (day(1), True)]) == Review(1, day(4))
    assert schedule([(day(0), True), (day(1), True), (day(4), True)]) == Review(2, day(11))
    assert schedule([(day(0), True), (day(1), True), (day(4), True), (day(11), True)]) == Review(3, day(32))
    done = schedule([(day(0), True), (day(1), True), (day(4), True), (day(11), True), (day(32), True)])
    assert done == Review(4, None) and done.done and not done.is_due(day(400))


def test_a_late_review_counts_from_the_day_it_was_taken():
    assert schedule([(day(0), True), (day(9), True)]) == Review(1, day(12))


def test_grades_before_the_due_day_are_practice():
    assert schedule([(day(0), True), (day(0), False), (day(0), True)]) == Review(0, day(1))
    assert schedule([(day(0), True), (day(1), True), (day(2), False), (day(3), True)]) == Review(1, day(4))


def test_a_failed_review_is_due_at_once_and_restarts_the_ladder():
    failed = schedule([(day(0), True), (day(1), True), (day(4), False)])
    assert failed == Review(1, day(4), failed=True) and failed.is_due(day(4)) and failed.is_due(day(9))
    assert schedule([(day(0), True), (day(1), True), (day(4), False), (day(4), False)]) == failed
    assert schedule([(day(0), True), (day(1), True), (day(4), False), (day(6), True)]) == Review(0, day(7))


def test_only_grades_count_and_never_an_internal_error():
    attempts = [attempt("p", day(0), command="run"), attempt("p", day(0), command="compare", verdict=None),
                attempt("p", day(1), "internal_error"), attempt("p", day(2), "wrong_answer", command="mock"),
                attempt("p", day(3))]
    assert grades(attempts) == [(day(2), False), (day(3), True)]


def test_the_queue_is_new_then_unsolved_then_reviews_due():
    problems = [SimpleNamespace(id=name, difficulty=level) for name, level in [
        ("hard-new", "hard"), ("easy-new", "easy"), ("started", "hard"), ("medium-new", "medium"),
        ("tried-long-ago", "easy"), ("tried-lately", "easy"), ("due-lately", "easy"), ("due-long-ago", "easy"),
        ("not-due", "easy"), ("done", "easy")]]
    attempts = [attempt("tried-long-ago", day(0), "wrong_answer"), attempt("due-long-ago", day(0)),
                attempt("done", day(0)), attempt("done", day(1)), attempt("done", day(4)), attempt("done", day(11)),
                attempt("done", day(32)), attempt("tried-lately", day(33), command="run"),
                attempt("due-lately", day(38)), attempt("not-due", day(40))]
    queue = plan(problems, sorted(attempts, key=lambda a: a.at), {"started"}, day(40))
    assert [item.problem.id for item in queue.items] == [
        "started", "easy-new", "medium-new", "hard-new", "tried-lately", "tried-long-ago", "due-long-ago",
        "due-lately"]
    assert [item.kind for item in queue.items] == ["new"] * 4 + ["unsolved"] * 2 + ["review"] * 2
    assert [item.problem.id for item in queue.later] == ["not-due"]
    tried = queue.items[5]
    assert (tried.graded, tried.last_verdict) == (1, "wrong_answer")


@pytest.fixture
def cli(monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # rich would fold the tables at 80 columns
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(map(str, args)), catch_exceptions=False)


def history_of(*attempts: Attempt) -> None:
    history = History.open()
    for one in attempts:
        history.record(one)
    history.close()


def test_next_and_progress_on_a_history(cli):
    today = dt.date.today()
    ago = lambda days: today - dt.timedelta(days=days)  # noqa: E731
    ids = [problem.id for problem in catalogue.problems()]
    solved_late, solved_today, failed_review, unsolved = ids[:4]
    history_of(attempt(solved_late, ago(3)), attempt(solved_today, ago(0)), attempt(failed_review, ago(5)),
               attempt(failed_review, ago(1), "wrong_answer"), attempt(unsolved, ago(1), "time_limit_exceeded"))
    everything = cli("next", "--count", len(ids)).output
    first_new = ids[4:]
    assert everything.startswith("next: ") and any(everything.startswith(f"next: {i} (") for i in first_new)
    assert everything.index(f" {unsolved} ") < everything.index(f" {solved_late} ")
    assert everything.index(f" {solved_late} ") < everything.index(f" {failed_review} ")  # due 2 days ago, then 1
    assert f" {solved_today} " not in everything.split("next review:")[0]  # due tomorrow: not in the queue yet
    assert "1 unsolved" in everything and "2 reviews due" in everything
    assert f"next review: {solved_today} in 1 day" in everything
    assert "2 days late" in everything and "review failed: solve it again" in everything
    assert "1 grade, last time_limit_exceeded" in everything
    progress = cli("progress").output
    for problem, due in [(solved_late, "2 days late"), (solved_today, "in 1 day"), (failed_review, "retry")]:
        assert due in next(line for line in progress.splitlines() if f" {problem} " in line)
    assert "2 reviews due" in progress


def test_next_starts_with_what_you_started_and_says_how(cli, workspace):
    target = catalogue.problems()[-1]
    cli("start", target.id)
    shown = cli("next").output
    assert shown.startswith(f"next: {target.id} (") and f"shousi run {target.id}" in shown
    assert "started, not run yet" in shown


def test_next_with_nothing_left(cli):
    history_of(*(attempt(problem.id, dt.date.today()) for problem in catalogue.problems()))
    shown = cli("next").output
    assert "Nothing to practise right now" in shown and "next review:" in shown and "in 1 day" in shown


def test_next_help_states_the_rule(cli):
    shown = " ".join(cli("next", "--help").output.split())
    assert "1 day later" in shown and "3 days later, then 7, then 21" in shown and "restart" in shown
    assert cli("next", "--tag", "no-such-tag").exit_code == 2
