"""The practice loop's commands: hint, progress, history."""

from __future__ import annotations

import click

from harness import catalogue, report
from harness.catalogue.problem import Problem
from harness.cli.common import PROBLEM
from harness.practice.record import open_history


@click.command()
@click.argument("problem", type=PROBLEM)
@click.option("--lang", type=click.Choice(["en", "zh"]), help="Hint language; remembered (default: your locale's).")
def hint(problem: Problem, lang: str | None = None) -> None:
    """Show the next hint (one more each time; the ones already seen are shown again)."""
    from harness.practice import settings

    texts = problem.hints_in(settings.language(lang))
    if not texts:
        raise click.ClickException(f"{problem.id} has no hints yet")
    history = open_history()
    shown = history.hints_shown(problem.id) if history else 0
    count = min(shown + 1, len(texts))
    if history:
        history.show_hint(problem.id, count)
        history.close()
    report.hints(problem, texts, count, report.console)


@click.command()
def progress() -> None:
    """Your progress over the catalogue: status, attempts, best time and ratio, last verdict, and your streak."""
    from harness.practice.history import streak

    history = open_history()
    attempts = history.attempts() if history else []
    if history:
        history.close()
    report.progress_table(catalogue.problems(), attempts, streak(attempts), report.console)


@click.command("history")
@click.argument("problem", type=PROBLEM)
def history_command(problem: Problem) -> None:
    """Every run, grade and compare of one problem, oldest first."""
    history = open_history()
    attempts = history.attempts(problem.id) if history else []
    if history:
        history.close()
    report.history_table(problem, attempts, report.console)




COMMANDS = (hint, progress, history_command)
