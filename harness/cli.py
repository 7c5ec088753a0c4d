"""The `shousi` command: Click commands that parse, delegate to the harness, and hand results to `report`."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import click

from harness import __version__, catalog, report
from harness.record import remember, remember_comparison, statuses
from harness.cases import InputError
from harness.problem import Problem, ProblemError
from harness.verdict import GradeResult, Verdict


class ProblemId(click.ParamType):
    """A problem id, LeetCode number, id with underscores, or unique prefix."""

    name = "ID"

    def convert(self, value, param, ctx) -> Problem:
        if isinstance(value, Problem):
            return value
        try:
            return catalog.resolve(value)
        except catalog.UnknownProblem as exc:
            self.fail(str(exc), param, ctx)
        except ProblemError as exc:
            raise click.ClickException(f"internal error: the catalogue is broken: {exc}") from None


PROBLEM = ProblemId()


def solution_file(problem: Problem, given: str | None) -> Path:
    """The file to grade: FILE if given, else the problem's file in the workspace; unusable files are usage errors."""
    path = Path(given) if given else catalog.workspace_file(problem)
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="shousi")
def main() -> None:
    """shousi (手撕): practise the hand-written coding questions of LLM/ML interviews, offline.

    Start a problem, write your solution in the file it prints, then `run` the examples and `grade` it on the
    hidden tests, timed against the reference solution.
    """


@main.command("list")
@click.option("--tag", help="Only problems with this tag (e.g. ml, leetcode, tokenizer).")
@click.option("--difficulty", type=click.Choice(["easy", "medium", "hard"]))
@click.option("--status", "wanted", type=click.Choice(["new", "started", "attempted", "solved"]))
@click.option("--asked-in", metavar="TEXT", help="Only problems asked by this company or team (e.g. Tencent).")
def list_problems(tag: str | None, difficulty: str | None, wanted: str | None, asked_in: str | None) -> None:
    """Show the catalogue: id, LeetCode number, title, difficulty, tags and your status."""
    problems = catalog.problems()
    status = statuses(problems)
    chosen = [
        p for p in problems
        if (not tag or tag.lower() in p.tags) and (not difficulty or p.difficulty == difficulty)
        and (not wanted or status.get(p.id, "new") == wanted)
        and (not asked_in or any(asked_in.lower() in where.lower() for where in p.asked_in))
    ]
    report.problem_table(chosen, status, report.console)


LANGUAGE = click.option("--lang", type=click.Choice(["en", "zh"]),
                        help="Statement language; remembered (default: your locale's).")


@main.command()
@click.argument("problem", type=PROBLEM)
@LANGUAGE
def show(problem: Problem, lang: str | None) -> None:
    """Show a problem's statement: description, examples, constraints, and which interviews asked it."""
    from harness import settings

    report.statement(problem, settings.language(lang), report.console)


@main.command()
@click.argument("problem", type=PROBLEM)
@click.option("--force", is_flag=True, help="Overwrite an existing file with the stub.")
def start(problem: Problem, force: bool) -> None:
    """Copy the problem's stub into the workspace (~/shousi, or $SHOUSI_WORKSPACE) and print its path."""
    target = catalog.workspace_file(problem)
    if target.exists() and not force:
        report.error_console.print(f"{target} exists already; keeping it (use --force to start over)")
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(problem.stub_path, target)
        report.error_console.print(f"started {problem.id}: edit the file, then `shousi run {problem.id}`")
    click.echo(str(target))


@main.command()
@click.argument("problem", type=PROBLEM)
@click.option("--yes", is_flag=True, help="Show it even though you have not solved the problem yet.")
def solution(problem: Problem, yes: bool) -> None:
    """Show the reference solution (once you have solved the problem, or with --yes)."""
    if not yes and statuses([problem]).get(problem.id) != "solved":
        report.error_console.print(f"You have not solved {problem.id} yet; peeking early spoils the practice "
                                   f"(`shousi hint {problem.id}` gives a nudge instead).")
        click.confirm("Show the reference solution anyway?", abort=True, err=True)
    report.source(problem.reference, f"reference solution · {problem.id}", report.console)


def _finish(results: list[GradeResult], as_json: bool, verbose: bool, aggregate: bool = False) -> None:
    """Print the results (one object, or with `aggregate` a summary holding them all); exit 0 if all accepted."""
    if as_json:
        objects = [report.grade_json(result) for result in results]
        report.print_json(objects[0] if not aggregate else {
            "verdict": "accepted" if all(r.verdict is Verdict.ACCEPTED for r in results) else "not_accepted",
            "passed": sum(r.verdict is Verdict.ACCEPTED for r in results), "total": len(results),
            "problems": objects,
        })
    else:
        for result in results:
            report.grade(result, report.console, verbose)
    raise SystemExit(0 if all(result.verdict is Verdict.ACCEPTED for result in results) else 1)


def _grade_one(problem: Problem, file: Path, hidden: bool, custom: dict | None, as_json: bool) -> GradeResult:
    from harness import grading  # the grader's imports are not needed by list/show/start

    with report.progress(not as_json) as progress:
        return grading.grade(problem, file, hidden=hidden, custom=custom, progress=progress)


@main.command()
@click.argument("problem", type=PROBLEM)
@click.argument("file", required=False)
@click.option("--input", "custom", metavar="CASE",
              help="A custom case in LeetCode's format, e.g. 'nums = [2,7,11,15], target = 9' (or @file).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout, nothing else.")
@click.option("-v", "--verbose", is_flag=True, help="List every case's time.")
def run(problem: Problem, file: str | None, custom: str | None, as_json: bool, verbose: bool) -> None:
    """Run FILE on the statement's examples (LeetCode's Run), or on one custom --input case."""
    path = solution_file(problem, file)
    given = None
    if custom is not None:
        try:
            text = Path(custom[1:]).read_text(encoding="utf-8") if custom.startswith("@") else custom
            given = problem.parse_case(text)
        except (InputError, OSError, UnicodeDecodeError) as exc:
            raise click.UsageError(f"--input: {exc}") from None
    result = _grade_one(problem, path, False, given, as_json)
    remember("run", [result])
    _finish([result], as_json, verbose)


@main.command()
@click.argument("problem", type=PROBLEM, required=False)
@click.argument("file", required=False)
@click.option("--all", "all_problems", is_flag=True, help="Grade every problem (with --reference: the self-check).")
@click.option("--reference", is_flag=True, help="Grade the reference solution instead of your file.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout, nothing else.")
@click.option("-v", "--verbose", is_flag=True, help="List every case's time.")
def grade(problem: Problem | None, file: str | None, all_problems: bool, reference: bool, as_json: bool,
          verbose: bool) -> None:
    """Grade FILE on the examples and the hidden tests (LeetCode's Submit), timed against the reference."""
    if all_problems == (problem is not None):
        raise click.UsageError("name one problem, or pass --all")
    if file and reference:
        raise click.UsageError("--reference grades the reference solution; do not pass FILE too")
    if all_problems:
        chosen = [p for p in catalog.problems() if reference or catalog.workspace_file(p).exists()]
        if not chosen:
            raise click.UsageError("no problem started yet; `shousi start ID` first, or --all --reference")
    else:
        chosen = [problem]
    results = []
    for item in chosen:
        path = item.reference if reference else solution_file(item, file)
        result = _grade_one(item, path, True, None, as_json)
        if not reference:
            remember("grade", [result])
        if all_problems and not as_json:
            report.grade(result, report.console, verbose)
        results.append(result)
    if all_problems and not as_json:
        passed = sum(r.verdict is Verdict.ACCEPTED for r in results)
        report.console.print(f"\n[bold]{passed}/{len(results)} accepted[/]")
        raise SystemExit(0 if passed == len(results) else 1)
    _finish(results, as_json, verbose, aggregate=all_problems)


@main.command()
@click.argument("problem", type=PROBLEM)
@click.argument("file", required=False)
@click.option("--budget", type=click.FloatRange(1, 600), default=20.0, show_default=True,
              help="About how many seconds to spend measuring.")
@click.option("--plot", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Also draw the chart into this file (.svg; .png needs matplotlib).")
@click.option("--reference", is_flag=True, help="Compare the reference with itself (a check of the noise).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout, nothing else.")
def compare(problem: Problem, file: str | None, budget: float, plot: Path | None, reference: bool,
            as_json: bool) -> None:
    """Time FILE against the reference on growing inputs: ratio, growth (complexity), peak memory, a chart."""
    from harness import compare as comparing

    if plot and plot.suffix.lower() not in (".svg", ".png"):
        raise click.UsageError("--plot writes .svg or .png files")
    if plot and plot.suffix.lower() == ".png" and importlib.util.find_spec("matplotlib") is None:
        raise click.UsageError("--plot FILE.png needs matplotlib (pip install matplotlib); .svg needs nothing")
    path = problem.reference if reference else solution_file(problem, file)
    with report.progress(not as_json) as progress:
        try:
            result = comparing.compare(problem, path, budget, progress)
        except (ProblemError, RuntimeError) as exc:
            raise click.ClickException(f"internal error: {exc}") from None
    if plot:
        report.plot(result, plot)
    if not reference:
        remember_comparison(result)
    if as_json:
        report.print_json(report.comparison_json(result))
    else:
        report.comparison(result, report.console)
        if plot:
            report.error_console.print(f"chart written to {plot}")
    raise SystemExit(1 if result.ratio is None else 0)


from harness import cli_practice  # noqa: E402,F401  (registers hint, progress, history, watch, mock)
