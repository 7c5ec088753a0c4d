"""run and grade: LeetCode's Run and Submit."""

from __future__ import annotations

import json
from pathlib import Path

import click

from harness import catalogue, report
from harness.catalogue.cases import NAMED_VALUE, parse_values
from harness.catalogue.problem import Problem
from harness.cli.common import JSON, LANGUAGE, PROBLEM, VERBOSE, solution_file
from harness.errors import InputError
from harness.grading.verdict import GradeResult, Verdict
from harness.practice import settings
from harness.practice.record import remember


def _finish(results: list[GradeResult], as_json: bool, verbose: bool, language: str, aggregate: bool = False) -> None:
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
            report.grade(result, report.console, verbose, language)
    raise SystemExit(0 if all(result.verdict is Verdict.ACCEPTED for result in results) else 1)



def _grade_one(problem: Problem, file: Path, hidden: bool, custom: list[dict] | None, as_json: bool) -> GradeResult:
    from harness import grading  # the grader's imports are not needed by list/show/start

    with report.progress(not as_json) as progress:
        return grading.grade(problem, file, hidden=hidden, custom=custom, progress=progress)


def _parse(problem: Problem, text: str) -> dict:
    try:
        return problem.parse_case(text)
    except InputError as exc:
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise InputError(f"--input {shown!r}: {exc}") from None


def _custom_cases(problem: Problem, options: tuple[str, ...]) -> list[str]:
    """The texts of the custom cases: each --input, or the cases of an @FILE (see `_file_cases`)."""
    texts = []
    for option in options:
        if not option.startswith("@"):
            texts.append(option)
            continue
        try:
            lines = Path(option[1:]).read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"--input {option}: cannot read it: {getattr(exc, 'strerror', None) or exc}") from None
        texts.extend(_file_cases(problem, option, [line for line in lines if line.strip() and
                                                   not line.lstrip().startswith("#")]))
    return texts


def _file_cases(problem: Problem, option: str, lines: list[str]) -> list[str]:
    """A file of cases: one `name = value, ...` case per line, or LeetCode's testcase box, one value per line
    (every `len(params)` values one case; a design problem's: the operations, then the arguments)."""
    if not lines:
        raise InputError(f"--input {option}: the file holds no case")
    if all(NAMED_VALUE.match(line) for line in lines) and problem.kind != "design":
        return lines
    values = parse_values("\n".join(lines))
    width = 2 if problem.kind == "design" else len(problem.params)
    if len(values) % width:
        raise InputError(f"--input {option}: {len(values)} values, not a whole number of cases of {width} "
                         f"({', '.join(problem.params) if problem.kind != 'design' else 'operations, arguments'})")
    return ["\n".join(json.dumps(value) for value in values[start:start + width])
            for start in range(0, len(values), width)]


@click.command()
@click.argument("problem", type=PROBLEM)
@click.argument("file", required=False)
@click.option("--input", "custom", metavar="CASE", multiple=True,
              help="A custom case in LeetCode's format, e.g. 'nums = [2,7,11,15], target = 9'; repeat it for "
                   "more, or @FILE for a file of cases, one per line.")
@LANGUAGE
@JSON
@VERBOSE
def run(problem: Problem, file: str | None, custom: tuple[str, ...], lang: str | None, as_json: bool,
        verbose: bool) -> None:
    """Run FILE on the statement's examples (LeetCode's Run), or on custom --input cases: every case is shown.

    In the language chosen with --lang (here, or on show, list or hint), e.g. 力扣's 通过 / 解答错误; --json stays English."""
    path = solution_file(problem, file)
    given = [_parse(problem, text) for text in _custom_cases(problem, custom)] if custom else None
    result = _grade_one(problem, path, False, given, as_json)
    remember("run", [result])
    _finish([result], as_json, verbose, settings.language(lang))


@click.command()
@click.argument("problem", type=PROBLEM, required=False)
@click.argument("file", required=False)
@click.option("--all", "all_problems", is_flag=True, help="Grade every problem (with --reference: the self-check).")
@click.option("--reference", is_flag=True, help="Grade the reference solution instead of your file.")
@LANGUAGE
@JSON
@VERBOSE
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="With --all: how many problems to grade at once (default: one per core).")
def grade(problem: Problem | None, file: str | None, all_problems: bool, reference: bool, lang: str | None,
          as_json: bool, verbose: bool, jobs: int | None) -> None:
    """Grade FILE on the examples and the hidden tests (LeetCode's Submit), timed against the reference.

    The cases and the reference's answers are computed once per version of the problem and kept in your user
    cache directory ($SHOUSI_CACHE overrides it), so later grades start your file at once. The verdict is in the
    language chosen with --lang (here, or on show, list or hint), e.g. 力扣's 通过 / 解答错误; --json stays
    English.
    """
    language = settings.language(lang)
    if all_problems == (problem is not None):
        raise click.UsageError("name one problem, or pass --all")
    if file and reference:
        raise click.UsageError("--reference grades the reference solution; do not pass FILE too")
    if all_problems:
        chosen = [p for p in catalogue.problems() if reference or catalogue.workspace_file(p).exists()]
        if not chosen:
            raise click.UsageError("no problem started yet; `shousi start ID` first, or --all --reference")
    else:
        chosen = [problem]
    if jobs is not None and not all_problems:
        raise click.UsageError("--jobs is for --all")
    paths = [(item, item.reference if reference else solution_file(item, file)) for item in chosen]
    from harness.grading import pool  # the grader's imports are not needed by list/show/start

    jobs = jobs or pool.cores()
    if all_problems and jobs > 1 and len(paths) > 1:
        graded = pool.grade_many(paths, jobs)
    else:
        graded = (_grade_one(item, path, True, None, as_json) for item, path in paths)
    results = []
    for result in graded:
        if not reference:
            remember("grade", [result])
        if all_problems and not as_json:
            report.grade(result, report.console, verbose, language)
        results.append(result)
    if all_problems and not as_json:
        passed = sum(r.verdict is Verdict.ACCEPTED for r in results)
        report.messages.all_graded(passed, len(results), report.console, language)
        raise SystemExit(0 if passed == len(results) else 1)
    _finish(results, as_json, verbose, language, aggregate=all_problems)



COMMANDS = (run, grade)
