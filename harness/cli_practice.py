"""The practice loop's commands: hint, progress, history (watch and mock live in their own modules)."""

from __future__ import annotations



import click

from harness import catalog, report
from harness.cli import PROBLEM, main
from harness.record import open_history
from harness.problem import Problem


@main.command()
@click.argument("problem", type=PROBLEM)
@click.option("--lang", type=click.Choice(["en", "zh"]), help="Hint language; remembered (default: your locale's).")
def hint(problem: Problem, lang: str | None = None) -> None:
    """Show the next hint (one more each time; the ones already seen are shown again)."""
    from harness import settings

    texts = problem.hints_in(settings.language(lang))
    if not texts:
        raise click.ClickException(f"{problem.id} has no hints yet")
    history = open_history()
    shown = history.hints_shown(problem.id) if history else 0
    count = min(shown + 1, len(texts))
    if history:
        history.show_hint(problem.id, count)
        history.close()
    report.hints(problem, texts, count, report.console)


@main.command()
def progress() -> None:
    """Your progress over the catalogue: status, attempts, best time and ratio, last verdict, and your streak."""
    from harness.history import streak

    history = open_history()
    attempts = history.attempts() if history else []
    if history:
        history.close()
    report.progress_table(catalog.problems(), attempts, streak(attempts), report.console)


@main.command("history")
@click.argument("problem", type=PROBLEM)
def history_command(problem: Problem) -> None:
    """Every run, grade and compare of one problem, oldest first."""
    history = open_history()
    attempts = history.attempts(problem.id) if history else []
    if history:
        history.close()
    report.history_table(problem, attempts, report.console)





WATCH_KEYS = "[bold]g[/] grade · [bold]r[/] run the examples · [bold]h[/] hint · [bold]Enter[/] again · [bold]q[/] quit"


@main.command()
@click.argument("problem", type=PROBLEM)
@click.argument("file", required=False)
@click.option("--run", "examples_only", is_flag=True, help="Start in run mode (the examples only).")
def watch(problem: Problem, file: str | None, examples_only: bool) -> None:
    """Re-grade FILE every time you save it; keys switch between run and grade, show a hint, or quit."""
    from harness import watch as watching
    from harness.cli import solution_file
    from harness.record import remember
    from harness.grading import grade

    path = solution_file(problem, file)
    out = report.console

    def check() -> None:
        out.clear()
        mode = "run" if examples_only else "grade"
        out.print(f"[bold]shousi watch[/] {problem.id} · {path} · {mode}  —  {WATCH_KEYS}")
        try:
            result = grade(problem, solution_file(problem, str(path)), hidden=not examples_only)
        except click.UsageError as exc:  # the file is gone or half-written: wait for the next save
            out.print(f"[yellow]{exc.format_message()}[/]")
        else:
            remember(mode, [result])
            report.grade(result, out)
        out.print(f"[dim]waiting for you to save {path.name}...[/]")

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
    out.print("stopped watching")


@main.command()
@click.option("--minutes", type=click.FloatRange(0.01, 600), default=45, show_default=True, help="Time allowed.")
@click.option("--count", type=click.IntRange(1, 10), default=2, show_default=True, help="How many problems.")
@click.option("--tag", help="Draw from problems with this tag (e.g. ml, leetcode, tokenizer).")
@click.option("--seed", type=int, help="Draw the same problems again.")
def mock(minutes: float, count: int, tag: str | None, seed: int | None) -> None:
    """A timed mock interview: unsolved problems, fresh stubs, a countdown, then a scorecard.

    Press g (or Enter) to hand in early, q to abandon. Everything is graded at the end and kept in the history.
    """
    import random
    import shutil
    import time

    from harness import watch as watching
    from harness.record import remember, statuses
    from harness.grading import grade

    pool = [p for p in catalog.problems() if not tag or tag.lower() in p.tags]
    solved = statuses(pool)
    unsolved = [p for p in pool if solved.get(p.id) != "solved"] or pool
    if not unsolved:
        raise click.UsageError(f"no problem has the tag {tag!r}")
    chosen = random.Random(seed).sample(unsolved, min(count, len(unsolved)))
    history = open_history()
    mock_id = history.start_mock(round(minutes), [p.id for p in chosen]) if history else None
    folder = catalog.workspace() / f"mock-{mock_id or int(time.time())}"
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for problem in chosen:
        files.append(folder / f"{problem.id.replace('-', '_')}.py")
        shutil.copyfile(problem.stub_path, files[-1])
    report.mock_brief(chosen, files, minutes, report.console)
    deadline = time.monotonic() + minutes * 60
    abandoned = False
    try:
        with watching.keys_mode(), report.countdown(deadline, report.console) as tick:
            while time.monotonic() < deadline:
                keys = watching.pending_keys()
                if "q" in keys:
                    abandoned = True
                    break
                if keys and set(keys) & set("g\n"):
                    break
                tick()
                time.sleep(0.2)
    except KeyboardInterrupt:
        abandoned = True
    used = min(minutes * 60, minutes * 60 - (deadline - time.monotonic()))
    if abandoned:
        report.console.print("Mock interview abandoned; nothing graded.")
        raise SystemExit(1)
    results = [grade(problem, path) for problem, path in zip(chosen, files)]
    remember("mock", results, mock_id)
    summary = report.scorecard(results, used, minutes, report.console)
    if history:
        history.finish_mock(mock_id, summary)
        history.close()
    raise SystemExit(0 if all(r.verdict.value == "accepted" for r in results) else 1)
