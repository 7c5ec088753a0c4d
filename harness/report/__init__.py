"""All rendering: rich output for people and the `--json` objects. Nothing else in the harness knows about rich.

Human output goes to stderr when stdout carries JSON; colour follows the terminal (NO_COLOR is honoured by rich).
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager

from rich.console import Console

console = Console(highlight=False)
error_console = Console(stderr=True, highlight=False)


@contextmanager
def progress(enabled: bool):
    """Yield a callback `(stage, case, total)` that draws a transient progress bar on stderr."""
    if not (enabled and error_console.is_terminal):
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=error_console, transient=True) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, case: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=case + 1)

        yield update


def print_json(data: dict) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=repr) + "\n")


from harness.report.catalogue import problem_table, source, statement  # noqa: E402
from harness.report.comparing import comparison, comparison_json, plot  # noqa: E402
from harness.report.grading import STYLE, grade, grade_json, jsonable  # noqa: E402
from harness.report.practice import countdown, hints, history_table, mock_brief, progress_table, scorecard  # noqa: E402,E501

__all__ = [
    "console", "error_console", "progress", "print_json", "problem_table", "statement", "source", "grade",
    "grade_json", "jsonable", "comparison", "comparison_json", "plot", "STYLE", "hints", "history_table",
    "progress_table", "countdown", "mock_brief", "scorecard",
]
