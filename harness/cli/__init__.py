"""The `shousi` command: a Click group; each concern's commands live in a module of their own, registered here."""

from __future__ import annotations

import click

from harness import __version__
from harness.cli import catalogue, compare, grading, mock, practice, watch


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="shousi")
def main() -> None:
    """shousi (手撕): practise the hand-written coding questions of LLM/ML interviews, offline.

    Start a problem, write your solution in the file it prints, then `run` the examples and `grade` it on the
    hidden tests, timed against the reference solution.
    """



for _module in (catalogue, grading, compare, practice, watch, mock):
    for _command in _module.COMMANDS:
        main.add_command(_command)
