"""The catalogue's commands: list, show, start, solution."""

from __future__ import annotations


import click

from harness import catalogue, report
from harness.catalogue.problem import Problem
from harness.errors import UsageError
from harness.cli.common import LANGUAGE, PROBLEM
from harness.practice.record import statuses


@click.command("list")
@click.option("--tag", help="Only problems with this tag (e.g. ml, leetcode, tokenizer).")
@click.option("--difficulty", type=click.Choice(["easy", "medium", "hard"]))
@click.option("--status", "wanted", type=click.Choice(["new", "started", "attempted", "solved"]))
@click.option("--asked-in", metavar="TEXT", help="Only problems asked by this company or team (e.g. Tencent).")
@LANGUAGE
def list_problems(tag: str | None, difficulty: str | None, wanted: str | None, asked_in: str | None,
                  lang: str | None) -> None:
    """Show the catalogue: id, LeetCode number, title, difficulty, tags and your status; unfiltered, the follow-up
    chains too (`shousi mock --chain NAME`)."""
    problems = catalogue.problems()
    status = statuses(problems)
    chosen = [
        p for p in problems
        if (not tag or tag.lower() in p.tags) and (not difficulty or p.difficulty == difficulty)
        and (not wanted or status.get(p.id, "new") == wanted)
        and (not asked_in or any(asked_in.lower() in where.lower() for where in p.asked_in))
    ]
    if not chosen:
        asked = {"--tag": tag, "--difficulty": difficulty, "--status": wanted, "--asked-in": asked_in}
        given = " ".join(f"{name} {value}" for name, value in asked.items() if value)
        report.messages.nothing_matched(given, len(problems), report.error_console)
        return
    from harness.practice import settings

    report.problem_table(chosen, status, report.console, settings.language(lang))
    if len(chosen) == len(problems):  # the whole catalogue: its follow-up chains below it
        from harness.catalogue.chains import chains

        report.catalogue.chain_list(chains(), report.console, settings.language(lang))



@click.command()
@click.argument("problem", type=PROBLEM)
@LANGUAGE
@click.option("--spoilers", is_flag=True,
              help="Show the interview section (approach, complexity, classic mistakes) before you have solved it.")
def show(problem: Problem, lang: str | None, spoilers: bool) -> None:
    """Show a problem's statement: description, examples, constraints, and which interviews asked it.

    The section on what interviewers ask (the approach, its complexity, the classic mistakes) stays folded until
    you have solved the problem; --spoilers shows it now. `shousi hint` gives one nudge at a time instead."""
    from harness.practice import settings

    shown = spoilers or statuses([problem]).get(problem.id) == "solved"
    report.statement(problem, settings.language(lang), report.console, spoilers=shown)


@click.command()
@click.argument("problem", type=PROBLEM)
@click.option("--force", is_flag=True,
              help="Overwrite an existing file with the stub, keeping the old one as <file>.bak-<date>-<time>.")
@click.option("--torch", "torch_flavour", is_flag=True,
              help="Start from the PyTorch stub (problems with a PyTorch flavour); the same file name.")
@click.option("--acm", is_flag=True,
              help="Start a whole program that reads stdin and prints the answer (ACM mode, LeetCode problems); "
                   "the same file name.")
def start(problem: Problem, force: bool, torch_flavour: bool, acm: bool) -> None:
    """Copy the problem's stub into the workspace (~/shousi, or $SHOUSI_WORKSPACE) and print its path.

    With --force, the file it replaces is kept beside it as <file>.bak-<date>-<time> (unless it is the stub).
    """
    from harness import acm as acm_mode
    from harness.catalogue import flavours
    from harness.practice.versions import backup

    if acm and torch_flavour:
        raise UsageError("--acm and --torch: choose one")
    if acm and not acm_mode.offered(problem):
        raise UsageError(f"{problem.id} has no ACM mode: it is offered for the LeetCode problems")
    if acm:
        stub = acm_mode.stub(problem).encode("utf-8")
    else:
        stub = (flavours.stub_to_start(problem, "torch") if torch_flavour else problem.stub_path).read_bytes()
    target = catalogue.workspace_file(problem)
    existed = target.exists() and not force
    kept = None
    if not existed:
        if target.is_file() and target.read_bytes() != stub:  # --force: never lose the user's work
            kept = backup(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(stub)
    report.messages.started(problem.id, target, existed, report.error_console, kept)
    click.echo(str(target))


@click.command()
@click.argument("problem", type=PROBLEM)
@click.option("--yes", is_flag=True, help="Show it even though you have not solved the problem yet.")
@click.option("--raw", is_flag=True, help="Print the plain code (no box, no line numbers); the default when piped.")
def solution(problem: Problem, yes: bool, raw: bool) -> None:
    """Show the reference solution (once you have solved the problem, or with --yes)."""
    if not yes and statuses([problem]).get(problem.id) != "solved":
        report.messages.peeking(problem.id, report.error_console)
        click.confirm("Show the reference solution anyway?", abort=True, err=True)
    if raw or not report.console.is_terminal:
        click.echo(problem.reference.read_text(encoding="utf-8"), nl=False)
        return
    report.source(problem.reference, f"reference solution · {problem.id}", report.console)



COMMANDS = (list_problems, show, start, solution)
