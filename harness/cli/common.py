"""What every command shares: the problem-id argument type, the solution-file rule, and common options."""

from __future__ import annotations

from pathlib import Path

import click

from harness import catalogue
from harness.catalogue.problem import Problem
from harness.errors import UnknownProblem


class ProblemId(click.ParamType):
    """A problem id, LeetCode number, id with underscores, or unique prefix."""

    name = "ID"

    def convert(self, value, param, ctx) -> Problem:
        if isinstance(value, Problem):
            return value
        try:
            return catalogue.resolve(value)
        except UnknownProblem as exc:
            self.fail(str(exc), param, ctx)


PROBLEM = ProblemId()


def solution_file(problem: Problem, given: str | None) -> Path:
    """The file to grade: FILE if given, else the problem's file in the workspace; unusable files are usage errors."""
    path = Path(given) if given else catalogue.workspace_file(problem)
    if not path.exists():
        hint = "" if given else f"; run `shousi start {problem.id}` first, or pass FILE"
        raise click.UsageError(f"no such file: {path}{hint}")
    if not path.is_file():
        raise click.UsageError(f"not a file: {path}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise click.UsageError(f"cannot read {path}: {exc.strerror}") from None
    if b"\0" in data:
        raise click.UsageError(f"{path} is a binary file, not Python source")
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise click.UsageError(f"{path} is not UTF-8 text") from None
    return path.resolve()


LANGUAGE = click.option("--lang", type=click.Choice(["en", "zh"]),
                        help="Language of the statement and of every label, verdict and note; remembered for "
                             "the other commands too (default: your locale's).")

JSON = click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout, nothing else.")
VERBOSE = click.option("-v", "--verbose", is_flag=True, help="List every case's time.")
