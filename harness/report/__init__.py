"""All rendering: rich output for people and the `--json` objects. Nothing else in the harness knows about rich.

Human output goes to stderr when stdout carries JSON; colour follows the terminal (NO_COLOR is honoured by rich).
"""

from __future__ import annotations

import sys
from contextlib import contextmanager

from rich.console import Console

console = Console(highlight=False)
error_console = Console(stderr=True, highlight=False, soft_wrap=True)  # one-line messages: the terminal folds them; no newline inside a path


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
    """Write `data` on stdout as one line of strict JSON in UTF-8 (see report.jsonout for the encoding)."""
    from harness.report.jsonout import dumps

    line = dumps(data) + "\n"
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(line)
    else:
        buffer.write(line.encode("utf-8"))
        buffer.flush()


def error_json(message: str, exit_code: int) -> None:
    """The one JSON object a command run with --json prints when it fails before it has a result."""
    print_json({"error": message, "exit_code": exit_code})


def warning(message: str) -> None:
    """A warning on stderr, in yellow; the message is printed as it is, never parsed as markup."""
    error_console.print(plain(message, style="yellow"))


from harness.report.text import plain  # noqa: E402

# Each rendering lives in a module of its own, imported when first used (PEP 562): a grade does not pay for the
# catalogue's, the comparison's or the mock interview's imports.
_WHERE = {
    "code": "catalogue", "problem_table": "catalogue", "source": "catalogue", "statement": "catalogue",
    "comparison": "comparing", "comparison_json": "comparing", "plot": "comparing",
    "grade": "grading", "grade_json": "grading", "jsonable": "jsonout",
    "hints": "practice", "history_json": "practice", "history_table": "practice", "progress_table": "practice",
    "next_json": "queue", "next_up": "queue",
}
_MODULES = ("messages", "mock", "versions")


def __getattr__(name: str):
    import importlib

    if name in _MODULES:
        return importlib.import_module(f"harness.report.{name}")
    if name in _WHERE:
        value = getattr(importlib.import_module(f"harness.report.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'harness.report' has no attribute {name!r}")


__all__ = [
    "console", "error_console", "progress", "print_json", "error_json", "warning", "plain", "messages",
    "problem_table", "statement", "source", "grade", "grade_json", "jsonable", "comparison", "comparison_json",
    "plot", "hints", "history_table", "progress_table", "mock", "code", "versions", "next_up",
    "next_json", "history_json",
]
