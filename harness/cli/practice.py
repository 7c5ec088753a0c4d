"""The practice loop's commands: hint, progress, history, diff, next."""

from __future__ import annotations

import datetime as dt

import click

from harness import catalogue, report
from harness.catalogue.problem import Problem
from harness.cli.common import JSON, PROBLEM
from harness.errors import UsageError
from harness.practice import settings
from harness.practice.record import open_history, statuses
from harness.report.words import say


@click.command()
@click.argument("problem", type=PROBLEM)
@click.option("--lang", type=click.Choice(["en", "zh"]), help="Hint language; remembered (default: your locale's).")
def hint(problem: Problem, lang: str | None = None) -> None:
    """Show the next hint (one more each time; the ones already seen are shown again)."""
    texts, count = next_hint(problem, lang)
    report.hints(problem, texts, count, report.console, lang=lang or settings.language())


def next_hint(problem: Problem, lang: str | None = None) -> tuple[list[str], int]:
    """The problem's hints in the chosen language and how many are now shown, one more than before (remembered)."""
    texts = problem.hints_in(settings.language(lang))
    if not texts:
        raise click.ClickException(f"{problem.id} has no hints yet")
    history = open_history()
    shown = history.hints_shown(problem.id) if history else 0
    count = min(shown + 1, len(texts))
    if history:
        history.show_hint(problem.id, count)
        history.close()
    return texts, count


@click.command()
def progress() -> None:
    """Your progress over the catalogue: status, attempts, best time and ratio, last verdict, when each solved
    problem's next review is due (the rule: `shousi next --help`), and your streak.

    In the language chosen with --lang (on show, list or hint): 简单 / 已解答 / 解答错误 ... in Chinese."""
    from harness.practice.history import streak
    from harness.practice.review import reviews

    attempts = _attempts()
    report.progress_table(catalogue.problems(), attempts, streak(attempts), reviews(attempts), dt.date.today(),
                          report.console, settings.language())



@click.command("history")
@click.argument("problem", type=PROBLEM)
@click.option("--show", "wanted", metavar="N|HASH",
              help="Print the code of one graded version: its number (the version column's v3, or 3) or a hash prefix.")
@click.option("--raw", is_flag=True, help="With --show: the code byte for byte, no box (the default when piped).")
@JSON
def history_command(problem: Problem, wanted: str | None, raw: bool, as_json: bool) -> None:
    """Every run, grade and compare of one problem, oldest first, with the version of your code each one graded.

    Every version run or graded is kept (v1 is the first): `--show N` prints one, `shousi diff ID` compares two.
    --json: {"problem", "attempts": [{"at" (ISO 8601, UTC), "kind" (run, grade, compare, mock), "verdict",
    "passed", "total", "time_ms", "reference_time_ms", "ratio", "version" (its number, null when its code is not
    kept), "hash", "mock"}, ...], "versions"}, in English whatever --lang says.
    """
    from harness.practice import versions

    if as_json and wanted is not None:
        raise click.UsageError("--json lists the attempts; --show prints one version's code (add --raw to pipe it)")
    attempts, graded = _versions(problem)
    if as_json:
        report.print_json(report.history_json(problem, attempts, graded))
        return
    if wanted is None:
        report.history_table(problem, attempts, graded, report.console, settings.language())
        return
    version = versions.find(graded, wanted, problem.id)
    if raw or not report.console.is_terminal:
        click.echo(version.content, nl=False)
        return
    report.code(version.content.decode("utf-8-sig", errors="replace"),
                report.versions.label(version, problem.id, settings.language()), report.console)


@click.command()
@click.argument("problem", type=PROBLEM)
@click.argument("old", metavar="[A]", required=False)
@click.argument("new", metavar="[B]", required=False)
@click.option("--reference", is_flag=True,
              help="Compare A (default: your latest graded version) with the reference, once you have solved it.")
@click.option("--raw", is_flag=True, help="Plain text, no colour (the default when piped).")
def diff(problem: Problem, old: str | None, new: str | None, reference: bool, raw: bool) -> None:
    """What changed between two graded versions of your code, as a unified diff.

    A and B name versions as `shousi history ID` lists them: a number (3 or v3) or a hash prefix. With neither,
    the last two versions graded; with A alone, A against the latest one.
    """
    from harness.practice import versions

    if reference and new:
        raise click.UsageError("--reference compares one version (A) with the reference; do not pass B too")
    if reference and statuses([problem]).get(problem.id) != "solved":
        raise UsageError(f"you have not solved {problem.id} yet: `diff --reference` shows the reference once you "
                         f"have (`shousi hint {problem.id}` gives a nudge; `shousi solution {problem.id}` asks)")
    _, graded = _versions(problem)
    if reference:
        mine = versions.find(graded, old, problem.id) if old else versions.latest(graded, problem.id)
        names = (report.versions.label(mine, problem.id, settings.language()),
                 say("reference solution", settings.language(), name=problem.reference.name))
        lines = versions.unified(mine.content, problem.reference.read_bytes(), *names)
    else:
        before, after = versions.pair(graded, old, new, problem.id)
        names = (report.versions.label(before, problem.id, settings.language()),
                 report.versions.label(after, problem.id, settings.language()))
        lines = versions.unified(before.content, after.content, *names)
    if not lines:
        report.versions.same_code(*names, report.error_console, settings.language())
    elif raw or not report.console.is_terminal:
        click.echo("\n".join(lines))
    else:
        report.versions.diff(lines, report.console)


@click.command("next")
@click.option("--count", type=click.IntRange(1, 200), default=5, show_default=True, help="How many to list.")
@click.option("--tag", help="Only problems with this tag (e.g. ml, leetcode, tokenizer).")
@JSON
def next_command(count: int, tag: str | None, as_json: bool) -> None:
    """What to practise now: new problems, then the ones you tried but have not solved, then reviews due.

    \b
    New problems: the ones you started first, then easy, medium, hard, in catalogue order.
    Unsolved (tried, never accepted): the most recently tried first.
    Reviews due: the most overdue first. Spaced retests, counted in calendar days:
      - your first accepted grade solves a problem; its first review is due 1 day later;
      - your first grade on or after a review's due day is that review: accepted, and the next one
        is due 3 days later, then 7, then 21; after the fourth the problem is done;
        not accepted, and it is due again at once: solve it again to restart the ladder at 1 day;
      - a grade before a review is due is practice: it neither passes nor fails it.
    Only grades count (`grade`, and mock interviews'), not `run` or `compare`.

    \b
    --json, in English whatever --lang says: {"next": the item to do now or null,
    "queue": the first COUNT items, "counts": {"new", "unsolved", "review"} over the whole queue,
    "later": the reviews not due yet}; an item is {"problem", "difficulty", "kind", "reason",
    "command", "started", "graded", "last_verdict", "review": {"passed", "of", "failed", "due"}
    or null, "due": YYYY-MM-DD or null}.
    """
    from harness.practice import review

    problems = [p for p in catalogue.problems() if not tag or tag.lower() in p.tags]
    if not problems:
        raise click.UsageError(f"no problem has the tag {tag!r}; `shousi list` shows the tags")
    started = {p.id for p in problems if catalogue.workspace_file(p).exists()}
    plan = review.plan(problems, _attempts(), started, dt.date.today())
    if as_json:
        report.print_json(report.next_json(plan, count, dt.date.today()))
        return
    report.next_up(plan, count, dt.date.today(), report.console, settings.language())


def _attempts() -> list:
    """Every attempt in the history, oldest first; none when it cannot be read."""
    history = open_history()
    if history is None:
        return []
    try:
        return history.attempts()
    finally:
        history.close()


def _versions(problem: Problem) -> tuple[list, list]:
    """The problem's attempts, oldest first, and its graded versions whose code is kept (harness.practice.versions)."""
    from harness.practice.versions import numbered

    history = open_history()
    if history is None:
        return [], []
    try:
        attempts, kept = history.attempts(problem.id), history.kept(problem.id)
    finally:
        history.close()
    return attempts, numbered(attempts, kept)




COMMANDS = (hint, progress, history_command, diff, next_command)
