"""mock: a timed mock interview in one terminal, and the history of past ones (the interview itself is
harness.practice.mock)."""

from __future__ import annotations

import functools
import sqlite3

import click

from harness import catalogue, report
from harness.catalogue.problem import Problem
from harness.cli.common import LANGUAGE, PROBLEM, solution_file
from harness.practice.record import open_history, remember


@click.command()
@click.argument("problems", nargs=-1, type=PROBLEM, metavar="[ID]...")
@click.option("--minutes", type=click.FloatRange(0.01, 600), default=45, show_default=True, help="Time allowed.")
@click.option("--count", type=click.IntRange(1, 10), default=2, show_default=True, help="How many problems to draw.")
@click.option("--tag", help="Draw from problems with this tag (e.g. ml, leetcode, tokenizer).")
@click.option("--seed", type=int, help="Draw the same problems again.")
@click.option("--chain", "chain_name", metavar="NAME",
              help="A follow-up chain (`shousi list` shows them): its problems in order, each started from your "
                   "accepted answer to the one before.")
@LANGUAGE
@click.option("--history", "past", is_flag=True, help="List past mock interviews: when, minutes, each problem's "
                                                      "result, the summary (in the --lang chosen).")
def mock(problems: tuple[Problem, ...], minutes: float, count: int, tag: str | None, seed: int | None,
         chain_name: str | None, lang: str | None, past: bool) -> None:
    """A timed mock interview: the problems IDs (or a draw of unsolved ones), a countdown, then a scorecard.

    Each problem's stub goes to its usual workspace file, the one `shousi run ID` and `shousi grade ID` use (an
    earlier answer there is kept beside it as <file>.bak-<date>-<time>, as `start --force` keeps it). Edit the files in your editor; in
    the interview's terminal press r to run the problem at hand on its examples, g to grade it, n / p for the
    next / previous problem (its statement, without the interviewer's questions), s for the statement again, and
    q to finish. At the end, or when the time is up, every file you changed is graded (a file left as its stub is
    "not attempted", not a wrong answer) and the scorecard is kept: `shousi mock --history` lists them. Ctrl-C
    abandons the interview (exit code 130).

    With --chain NAME the interview is a follow-up chain ("now make it multi-head; now GQA"): its first problem
    only, and each time g accepts the latest one, the next is put on the table, its file starting with your
    accepted code. The scorecard shows how far the chain got.
    """
    if past:
        if problems:
            raise click.UsageError("--history lists past mock interviews; it takes no ID")
        from harness.practice import settings

        _list_past(settings.language(lang))
        return
    if problems and (tag or seed is not None):
        raise click.UsageError("--tag and --seed choose a draw; with IDs given there is none")
    if chain_name is not None and (problems or tag or seed is not None):
        raise click.UsageError("--chain asks its own problems, in order: it takes no ID, --tag or --seed")
    from harness.practice import keys, settings
    from harness.practice import mock as interview
    from harness.practice.record import statuses

    every = catalogue.problems()
    if chain_name is not None:
        from harness.catalogue import chains

        chain = chains.resolve(chain_name)
        chosen = [catalogue.resolve(problem_id) for problem_id in chain.problems]
    else:
        chain = None
        chosen = list({p.id: p for p in problems}.values()) or interview.choose(every, statuses(every), count, tag,
                                                                                seed)
    language = settings.language(lang)
    mock_id = _history_call(lambda history: history.start_mock(minutes, [p.id for p in chosen]))
    session = interview.prepare(chosen, minutes, mock_id, chain=chain.name if chain else None)
    report.mock.brief(session, report.console, language)
    report.mock.statement(session, language, report.console)
    clock = interview.Clock(minutes * 60)
    with keys.keys_mode(), report.mock.countdown(clock.deadline, report.console, language) as countdown:
        act = functools.partial(_act, session, language, countdown)
        ended = interview.count_down(clock, keys.pending_keys, countdown.tick, act)
    report.mock.ended(ended, report.console, language)
    if ended == interview.ABANDONED:
        _finish(mock_id, interview.abandoned_summary(clock.used(), minutes))
        raise SystemExit(130)
    with report.progress(True) as progress:
        outcomes = session.outcomes(progress)
    remember("mock", [outcome.result for outcome in outcomes if outcome.result is not None], mock_id)
    card = interview.Scorecard(outcomes, clock.used(), minutes)
    report.mock.scorecard(card, report.console, language)
    _finish(mock_id, card.summary)
    raise SystemExit(0 if card.solved == len(outcomes) else 1)


def _act(session, language: str, countdown, key: str) -> None:
    """What a key does inside the interview: switch problems, show the statement, run or grade; else the keys."""
    out = report.console
    with countdown.paused():
        if key in ("n", "p"):
            session.move(1 if key == "n" else -1)
        if key in ("n", "p", "s"):
            report.mock.statement(session, language, out)
            return
        if key in ("r", "g"):
            _check(session, language, hidden=key == "g")
        report.mock.keys(out, language)


def _check(session, language: str, hidden: bool) -> None:
    """Run (the examples) or grade the problem at hand, as `shousi run` and `shousi grade` would, and record it."""
    index, out = session.current, report.console
    problem = session.problems[index]
    try:
        solution_file(problem, str(session.files[index]))
    except click.UsageError as exc:  # deleted, binary, not UTF-8: say so and let the interview go on
        report.mock.cannot_grade(exc.format_message(), out)
        return
    if session.untouched(index):
        report.mock.untouched(problem, out, language)
        return
    with report.progress(True) as progress:
        result = session.grade(index, hidden, progress)
    remember("grade" if hidden else "run", [result], session.id)
    report.grade(result, out, lang=language)
    if session.follow_up(index, result) is not None:
        report.mock.follow_up(session, out, language)
        report.mock.statement(session, language, out)


def _history_call(call):
    """`call(history)`'s value, or None when the history is unavailable (a warning: it never stops an interview)."""
    history = open_history()
    if history is None:
        return None
    try:
        return call(history)
    except sqlite3.Error as exc:
        report.warning(f"warning: the mock interview is not saved in the history: {exc}")
        return None
    finally:
        history.close()


def _finish(mock_id: int | None, summary: str) -> None:
    """Keep the interview's summary, when it was recorded at its start."""
    if mock_id is not None:
        _history_call(lambda history: history.finish_mock(mock_id, summary))


def _list_past(language: str) -> None:
    history = open_history()
    records = history.mocks() if history else []
    if history:
        history.close()
    report.mock.history(records, report.console, language)


COMMANDS = (mock,)
