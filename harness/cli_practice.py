"""The practice loop's commands: hint, progress, history (watch and mock live in their own modules)."""

from __future__ import annotations



import click

from harness import catalog, report
from harness.cli import PROBLEM, main, open_history
from harness.problem import Problem


@main.command()
@click.argument("problem", type=PROBLEM)
def hint(problem: Problem) -> None:
    """Show the next hint (one more each time; the ones already seen are shown again)."""
    if not problem.hints:
        raise click.ClickException(f"{problem.id} has no hints yet")
    history = open_history()
    shown = history.hints_shown(problem.id) if history else 0
    count = min(shown + 1, len(problem.hints))
    if history:
        history.show_hint(problem.id, count)
        history.close()
    report.hints(problem, count, report.console)


@main.command()
def progress() -> None:
    """Your progress over the catalogue: status, attempts, best time and ratio, last verdict, and your streak."""
    from harness.history import streak

    history = open_history()
    attempts = history.attempts() if history else []
    if history:
        history.close()
    report.progress_table(catalog.problems(), attempts, streak(attempts), report.console)


@main.command("history")
@click.argument("problem", type=PROBLEM)
def history_command(problem: Problem) -> None:
    """Every run, grade and compare of one problem, oldest first."""
    history = open_history()
    attempts = history.attempts(problem.id) if history else []
    if history:
        history.close()
    report.history_table(problem, attempts, report.console)



