"""compare: your solution against the reference on growing inputs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import click

from harness import report
from harness.catalogue.problem import Problem
from harness.cli.common import JSON, LANGUAGE, PROBLEM, solution_file
from harness.practice.record import remember_comparison


@click.command()
@click.argument("problem", type=PROBLEM)
@click.argument("file", required=False)
@click.option("--budget", type=click.FloatRange(1, 600), default=20.0, show_default=True,
              help="About how many seconds to spend measuring.")
@click.option("--plot", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Also draw the chart into this file (.svg; .png needs matplotlib).")
@click.option("--reference", is_flag=True, help="Compare the reference with itself (a check of the noise).")
@LANGUAGE
@JSON
def compare(problem: Problem, file: str | None, budget: float, plot: Path | None, reference: bool,
            lang: str | None, as_json: bool) -> None:
    """Time FILE against the reference on growing inputs: ratio, growth (complexity), peak memory, a chart.

    The inputs grow along the problem's size ladder; the output says what n counts (the amount, the grid's cells,
    the number of calls...). Per size: both times, their ratio in words and both peak memories. Growth is the
    simplest complexity class that fits within the noise, with its neighbour when both fit ("O(n) or O(n log n)"),
    per call too where n counts calls. Your times are judged against the reference's, whose class its package
    declares, so what bends both curves on this machine does not count. A file that cannot load is one line; exit
    code 1 when a size fails. The words (and the chart's) are in the language chosen with --lang, e.g. 两者看来都是
    O(n); --json stays English.
    """
    from harness import compare as comparing
    from harness.practice import settings

    if plot and plot.suffix.lower() not in (".svg", ".png"):
        raise click.UsageError("--plot writes .svg or .png files")
    if plot and plot.suffix.lower() == ".png" and importlib.util.find_spec("matplotlib") is None:
        raise click.UsageError("--plot FILE.png needs matplotlib (pip install matplotlib); .svg needs nothing")
    path = problem.reference if reference else solution_file(problem, file)
    language = settings.language(lang)
    with report.progress(not as_json) as progress:
        result = comparing.compare(problem, path, budget, progress)  # faults: ShousiError, see harness.cli
    if plot:
        report.plot(result, plot, language)
    if not reference:
        remember_comparison(result)
    if as_json:
        report.print_json(report.comparison_json(result))
    else:
        report.comparison(result, report.console, language)
        if plot:
            report.messages.chart_written(plot, report.error_console, language)
    if result.verdict.value != "accepted":  # a wrong answer, a crash or a time-out on the size ladder
        raise SystemExit(1)

COMMANDS = (compare,)
