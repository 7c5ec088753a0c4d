"""watch: re-grade on every save."""

from __future__ import annotations

import datetime as dt

import click

from harness import report
from harness.catalogue.problem import Problem
from harness.cli.common import PROBLEM, solution_file
from harness.cli.practice import next_hint


@click.command()
@click.argument("problem", type=PROBLEM)
@click.argument("file", required=False)
@click.option("--run", "examples_only", is_flag=True, help="Start in run mode (the examples only).")
def watch(problem: Problem, file: str | None, examples_only: bool) -> None:
    """Re-grade FILE every time you save it; keys switch between run and grade, show the next hint, or quit.

    A save made while a grade runs is graded as soon as that grade ends: whenever the file differs from what was
    last graded, it is graded again. Ctrl-C stops it too (exit code 130)."""
    from harness.practice import keys as watching, settings
    from harness.practice.record import remember
    from harness.grading import grade

    path = solution_file(problem, file)
    out = report.console
    lang = settings.language()
    graded: list[bytes | None] = [None]  # the bytes the last grade saw

    def check() -> None:
        out.clear()
        mode = "run" if examples_only else "grade"
        report.messages.watch_header(problem.id, path, mode, out)
        graded[0] = watching.read(path)
        try:
            with report.progress(True) as progress:
                result = grade(problem, solution_file(problem, str(path)), hidden=not examples_only,
                               progress=progress)
        except click.UsageError as exc:  # the file is gone or half-written: wait for the next save
            report.messages.watch_cannot_grade(exc.format_message(), out)
        else:
            graded[0] = result.source if result.source is not None else graded[0]  # the bytes it graded
            remember(mode, [result])
            report.grade(result, out, lang=lang)
            report.messages.watch_graded(dt.datetime.now().strftime("%H:%M:%S"), out)
        report.messages.watch_waiting(path, out)

    try:
        with watching.keys_mode():
            check()
            for kind, key in watching.events(path, lambda: graded[0]):
                if kind == "key" and key == "q":
                    break
                if kind == "key" and key == "h":
                    report.hints(problem, *next_hint(problem), out, only_new=True, lang=lang)
                    continue
                if kind == "key" and key in "gr":
                    examples_only = key == "r"
                if kind == "saved" or key in "gr\n":
                    check()
    except KeyboardInterrupt:
        report.messages.watch_stopped(out)
        raise
    report.messages.watch_stopped(out)


COMMANDS = (watch,)
