"""mock: a timed mock interview (the interview itself is harness.practice.mock)."""

from __future__ import annotations

import click

from harness import catalogue, report
from harness.practice.record import open_history


@click.command()
@click.option("--minutes", type=click.FloatRange(0.01, 600), default=45, show_default=True, help="Time allowed.")
@click.option("--count", type=click.IntRange(1, 10), default=2, show_default=True, help="How many problems.")
@click.option("--tag", help="Draw from problems with this tag (e.g. ml, leetcode, tokenizer).")
@click.option("--seed", type=int, help="Draw the same problems again.")
def mock(minutes: float, count: int, tag: str | None, seed: int | None) -> None:
    """A timed mock interview: unsolved problems, fresh stubs, a countdown, then a scorecard.

    Press g (or Enter) to hand in early, q to abandon. Everything is graded at the end and kept in the history.
    """
    from harness.practice import keys
    from harness.practice import mock as interview
    from harness.practice.record import remember, statuses

    problems = catalogue.problems()
    chosen = interview.choose(problems, statuses(problems), count, tag, seed)
    history = open_history()
    try:
        mock_id = history.start_mock(round(minutes), [p.id for p in chosen]) if history else None
        session = interview.prepare(chosen, minutes, catalogue.workspace(), mock_id)
        report.mock_brief(session.problems, session.files, minutes, report.console)
        clock = interview.Clock(minutes * 60)
        with keys.keys_mode(), report.countdown(clock.deadline, report.console) as redraw:
            ended = interview.count_down(clock, keys.pending_keys, redraw)
        report.mock_ended(ended, report.console)
        if ended == interview.ABANDONED:
            raise SystemExit(1)
        results = interview.grade_all(session)
        remember("mock", results, mock_id)
        card = interview.Scorecard(results, clock.used(), minutes)
        report.scorecard(card, report.console)
        if history:
            history.finish_mock(mock_id, card.summary)
    finally:
        if history:
            history.close()
    raise SystemExit(0 if card.solved == len(results) else 1)


COMMANDS = (mock,)
