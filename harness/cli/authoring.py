"""The catalogue author's commands: `new` scaffolds a problem package, `check` validates packages end to end."""

from __future__ import annotations

import click

from harness import catalogue
from harness.errors import UsageError


@click.command()
@click.argument("problem_id", metavar="ID")
@click.option("--number", type=click.IntRange(min=1), help="The LeetCode number: LeetCode's class Solution stub.")
@click.option("--title", help="The title (default: the id in title case).")
@click.option("--ml", is_flag=True, help="An ML problem: NumPy arrays in and out, compared by the floats checker.")
def new(problem_id: str, number: int | None, title: str | None, ml: bool) -> None:
    """Scaffold a problem package in the source checkout, then print its files.

    Every part you must write is marked TODO(shousi new); `shousi check ID` lists what is left.
    """
    from harness.catalogue import scaffold

    spec = scaffold.Spec(scaffold.checked_id(problem_id), number, title, ml)
    base = catalogue.checkout()
    if base is None:
        raise UsageError("no source checkout to write into: `shousi new` works in a clone of the repository, "
                         "installed with `pip install -e .`")
    for path in scaffold.write(base, spec):
        click.echo(str(path.relative_to(base)))
    click.echo(f"next: fill in every {scaffold.PLACEHOLDER}, then `shousi check {spec.id}` "
               f"(docs/adding-a-problem.md)", err=True)


@click.command()
@click.argument("ids", nargs=-1, metavar="[ID]...")
@click.option("--fast", is_flag=True, help="Skip grading the known submissions (the slowest part).")
def check(ids: tuple[str, ...], fast: bool) -> None:
    """Validate problem packages end to end (all of them by default), saying what to fix; exit 1 on any finding.

    problem.toml's keys and types, the files, the statement's examples, hints in both languages, the cases against
    validate(), the stub, the reference against the grader and the oracle, every known submission against its
    folder's verdict, and the calibrated time limit; with no ID, problems/chains.toml too.
    """
    from harness.catalogue import check as checking

    failed = 0
    for folder in checking.folders(list(ids)):
        report = checking.check_package(folder, fast=fast)
        failed += not report.ok
        _say(report.problem, report.findings, report.notes)
    if not ids:  # the whole catalogue: its follow-up chains too
        from harness.catalogue import chains

        found = chains.findings(catalogue.root(), {problem.id for problem in catalogue.problems()})
        failed += bool(found)
        _say(chains.FILE, found)
    if failed:
        raise click.exceptions.Exit(1)


def _say(name: str, findings: list[str], notes: tuple[str, ...] | list[str] = ()) -> None:
    """One checked thing's line (ok, or how many findings), then a line per finding and per note."""
    click.echo(f"{name}: {'ok' if not findings else f'{len(findings)} finding' + 's' * (len(findings) != 1)}")
    for finding in findings:
        click.echo(f"  - {finding}")
    for note in notes:
        click.echo(f"  note: {note}")


COMMANDS = (new, check)
