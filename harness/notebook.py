"""The `%%shousi` magic of IPython and Jupyter (`%load_ext harness`): a cell graded as a solution file.

    %%shousi grade softmax
    import numpy as np
    def softmax(x, axis=-1): ...

The cell's body is never executed in the kernel: it is written to a file in a temporary folder (not the workspace
file, which may hold what the user is writing in an editor, and which only `start --force` overwrites), and that
file goes through the very command the terminal runs (`shousi run`, `grade` or `compare`, with their options and
their history records), so the verdict, the failing-case panel and every message are the CLI's. rich renders
them as HTML in Jupyter and as text in a terminal IPython. The file starts with an empty line, so that a
traceback's line numbers are the cell's (the magic is its line 1).

IPython is imported only when the magic fails: this module loads without it.
"""

from __future__ import annotations

import shlex
import tempfile
from pathlib import Path

import click

USAGE = "usage: %%shousi run|grade|compare ID [options], then your solution in the rest of the cell"
# Options of the commands that name something other than the cell, and so have no meaning here.
NOT_FOR_A_CELL = {"file": "FILE (the cell is the file)", "all_problems": "--all", "reference": "--reference"}


class CellFailure(Exception):
    """A failure of the harness itself (not of the user's code or arguments): one line, no traceback."""

    def _render_traceback_(self) -> list[str]:  # IPython shows this instead of a traceback
        return [f"Error: {self}"]


class Interrupted(KeyboardInterrupt):
    """The cell was interrupted while it was graded: one line, no traceback."""

    def _render_traceback_(self) -> list[str]:
        return [f"KeyboardInterrupt: {self}"]


def load(ip) -> None:
    """Register the `%%shousi` magic on the IPython shell `ip`."""
    ip.register_magic_function(shousi, magic_kind="line_cell", magic_name="shousi")


def shousi(line: str, cell: str | None = None) -> None:
    """`%%shousi run|grade|compare ID [options]`: run that command on the cell's body, in the sandboxed worker;
    as a line magic (`%shousi grade --help`) only the help."""
    try:
        words = shlex.split(line)
    except ValueError as exc:  # an unclosed quote
        raise _usage_error(f"{exc}: {line.strip()}") from None
    if words[:1] in (["-h"], ["--help"]):
        click.echo(USAGE + "\n(`%shousi grade --help` lists grade's options)")
        return
    parsed = _parse(words)
    if parsed is None:  # --help, printed
        return
    if cell is None:
        raise _usage_error("%%shousi is a cell magic: put it on the first line of the cell that holds your solution")
    _grade_cell(*parsed, cell)


def _parse(words: list[str]) -> tuple[click.Command, click.Context] | None:
    """The command and its parsed options, as the CLI parses them; None when they asked for (and got) --help."""
    commands = _commands()
    if not words or words[0] not in commands:
        raise _usage_error(USAGE if not words else f"no such command: {words[0]!r}; {USAGE}")
    command = commands[words[0]]
    try:
        ctx = command.make_context(f"%%shousi {words[0]}", words[1:])
    except click.exceptions.Exit:
        return None
    except click.ClickException as exc:
        raise _usage_error(exc.format_message()) from None
    for name, option in NOT_FOR_A_CELL.items():
        if ctx.params.get(name):
            raise _usage_error(f"{option} does not apply to a cell; drop it, or use `shousi {words[0]}` in a terminal")
    return command, ctx


def _commands() -> dict[str, click.Command]:
    """The CLI's own commands, by name: what a cell can be given to."""
    from harness.cli.compare import compare
    from harness.cli.grading import grade, run

    return {"run": run, "grade": grade, "compare": compare}


def _grade_cell(command: click.Command, ctx: click.Context, cell: str) -> None:
    """Write the cell to `<id>.py` in a temporary folder and invoke `command` on it, as the terminal would."""
    from harness import errors
    from harness.cli import failure
    from harness.sandbox import cleanup

    with tempfile.TemporaryDirectory(prefix="shousi-cell-") as folder:
        path = Path(folder) / f"{ctx.params['problem'].id}.py"
        path.write_text("\n" + cell, encoding="utf-8")  # line 1 is the magic's: the cell's line numbers
        ctx.params["file"] = str(path)
        try:
            with ctx, cleanup.interruptible():
                command.invoke(ctx)
        except KeyboardInterrupt:  # Jupyter's interrupt button: the workers are gone, the kernel lives on
            raise Interrupted("the grade was stopped; nothing was recorded") from None
        except (SystemExit, click.exceptions.Exit):  # 0 accepted, 1 not: the verdict shown says so already
            pass
        except click.ClickException as exc:
            raise _failure(exc.format_message(), exc.exit_code) from None
        except errors.ShousiError as exc:
            found = failure(exc)
            raise _failure(found.format_message(), found.exit_code) from None


def _usage_error(message: str) -> Exception:
    """IPython's usage error, which it shows as one line, no traceback."""
    from IPython.core.error import UsageError

    return UsageError(message)


def _failure(message: str, exit_code: int) -> Exception:
    """What to raise for a failed command: a usage error (exit code 2) as IPython's, else a CellFailure."""
    return _usage_error(message) if exit_code == 2 else CellFailure(message)
