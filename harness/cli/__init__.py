"""The `shousi` command: a Click group; each concern's commands live in a module of their own, registered here."""

from __future__ import annotations

from contextlib import contextmanager

import importlib

import click

from harness import __version__, errors, report

# Each command's module, in the order `shousi --help` lists them; a module is imported when one of its commands
# runs, so that a grade does not pay for the imports of list, compare or mock (tests/test_cli checks this table
# against the modules' COMMANDS).
COMMANDS = {
    "list": "catalogue", "show": "catalogue", "start": "catalogue", "solution": "catalogue",
    "run": "grading", "grade": "grading", "compare": "compare",
    "hint": "practice", "progress": "practice", "history": "practice", "diff": "practice", "next": "practice",
    "watch": "watch", "mock": "mock", "new": "authoring", "check": "authoring",
}


class Failure(click.ClickException):
    """One line on stderr and an exit code: how a ShousiError ends a command."""

    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code


def failure(exc: errors.ShousiError) -> Failure:
    """The one place errors become exits: the user's are usage errors (2), the catalogue's and the harness's
    internal errors (1), each a single line, never a traceback."""
    if exc.fault == "user":
        return Failure(str(exc), exc.exit_code)
    whose = "the catalogue is broken: " if exc.fault == "catalogue" else ""
    return Failure(f"internal error: {whose}{exc}", exc.exit_code)


@contextmanager
def json_errors(enabled: bool):
    """Under --json a failure still prints one JSON object on stdout, {"error": ..., "exit_code": ...}; the
    message for people goes to stderr as usual."""
    try:
        yield
    except click.ClickException as exc:
        if enabled:
            report.error_json(exc.format_message(), exc.exit_code)
        raise


class Shousi(click.Group):
    """The command group, turning the harness's errors into one-line failures (and JSON ones under --json)."""

    def make_context(self, info_name, args, parent=None, **extra) -> click.Context:
        wants_json = "--json" in args
        with json_errors(wants_json):
            ctx = super().make_context(info_name, args, parent, **extra)
        ctx.meta["json"] = wants_json
        return ctx

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in COMMANDS:
            module = importlib.import_module(f"harness.cli.{COMMANDS[name]}")
            for command in module.COMMANDS:
                self.add_command(command)
        return self.commands.get(name)

    def invoke(self, ctx: click.Context):
        with json_errors(ctx.meta.get("json", False)):
            try:
                return super().invoke(ctx)
            except errors.ShousiError as exc:
                raise failure(exc) from None
            except KeyboardInterrupt:  # Ctrl-C: the shell's convention, 128 + SIGINT, not Click's "Aborted!" and 1
                click.echo(err=True)
                ctx.exit(130)


@click.group(cls=Shousi, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="shousi")
def main() -> None:
    """shousi (手撕): practise the hand-written coding questions of LLM/ML interviews, offline.

    Start a problem, write your solution in the file it prints, then `run` the examples and `grade` it on the
    hidden tests, timed against the reference solution.
    """
