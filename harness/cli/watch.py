"""watch: re-grade on every save."""

from __future__ import annotations

import click

from harness import report
from harness.catalogue.problem import Problem
from harness.cli.common import PROBLEM, solution_file
from harness.cli.practice import hint


@click.command()
@click.argument("problem", type=PROBLEM)
@click.argument("file", required=False)
@click.option("--run", "examples_only", is_flag=True, help="Start in run mode (the examples only).")
def watch(problem: Problem, file: str | None, examples_only: bool) -> None:
    """Re-grade FILE every time you save it; keys switch between run and grade, show a hint, or quit."""
    from harness.practice import keys as watching
    from harness.practice.record import remember
    from harness.grading import grade

    path = solution_file(problem, file)
    out = report.console

    def check() -> None:
        out.clear()
        mode = "run" if examples_only else "grade"
        report.messages.watch_header(problem.id, path, mode, out)
        try:
            result = grade(problem, solution_file(problem, str(path)), hidden=not examples_only)
        except click.UsageError as exc:  # the file is gone or half-written: wait for the next save
            report.messages.watch_cannot_grade(exc.format_message(), out)
        else:
            remember(mode, [result])
            report.grade(result, out)
        report.messages.watch_waiting(path, out)

    try:
        with watching.keys_mode():
            check()
            for kind, key in watching.events(path):
                if kind == "key" and key == "q":
                    break
                if kind == "key" and key == "h":
                    hint.callback(problem)
                    continue
                if kind == "key" and key in "gr":
                    examples_only = key == "r"
                if kind == "saved" or key in "gr\n":
                    check()
    except KeyboardInterrupt:
        pass
    report.messages.watch_stopped(out)


COMMANDS = (watch,)
