"""`compare`: growth fits, the contract's --json shape, charts, and honest reports of failing solutions.

No test here asserts how long anything took, nor a class read off a real timing: a busy machine must not fail them.
The measured figures (a ratio near 1 against itself, the class of known O(n), O(n log n) and O(n²) solutions)
are `benchmarks/bench.py`'s. A real compare is only asked what no load can change: a quadratic solution's exponent
is far above linear, and at the largest size it is far slower than a linear reference.
"""

from __future__ import annotations

import json
import math
import xml.dom.minidom

import pytest
from click.testing import CliRunner

from rich.console import Console

from harness import catalogue, report
from harness.compare import Comparison, Side, timing
from harness.cli import main

from conftest import SUBMISSIONS

pytestmark = pytest.mark.shared_cache  # grades that assert nothing about the grade cache

SIZES = [500, 1000, 2000, 4000, 8000]


@pytest.mark.parametrize("name, law, exponent", [
    ("O(1)", lambda n: 1e-5, 0.0), ("O(n)", lambda n: 1e-6 * n, 1.0), ("O(n log n)", lambda n: 1e-7 * n * math.log(n), 1.1),
    ("O(n²)", lambda n: 1e-9 * n * n, 2.0), ("O(n³)", lambda n: 1e-12 * n**3, 3.0),
])
def test_growth_fit_recognises_the_classes(name, law, exponent):
    times = [law(n) for n in SIZES]
    assert timing.complexity(SIZES, times) == name
    assert timing.exponent(SIZES, times) == pytest.approx(exponent, abs=0.15)


def test_exponential_growth_is_named():
    sizes = [10, 12, 14, 16, 18]
    assert timing.complexity(sizes, [1e-6 * 2**n for n in sizes]) == "O(2ⁿ)"


def test_every_problem_declares_a_size_ladder():
    for problem in catalogue.problems():
        sizes, inputs = problem.size_ladder()
        assert len(sizes) >= 4 and sizes == sorted(sizes) and len(inputs) == len(sizes), problem.id


@pytest.fixture
def cli():
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(map(str, args)), catch_exceptions=False)


def test_compare_json_has_the_contract_shape(cli):
    result = cli("compare", "3", "--reference", "--budget", "3", "--json")
    data = json.loads(result.stdout)
    assert result.exit_code == 0 and result.stdout.count("\n") == 1
    assert set(data) >= {"problem", "ratio", "ratio_range", "sizes", "user_ms", "reference_ms", "user", "reference"}
    assert len(data["sizes"]) == len(data["user_ms"]) == len(data["reference_ms"])
    for side in ("user", "reference"):
        assert set(data[side]) >= {"exponent", "complexity", "peak_memory_bytes"}
    assert 0 < data["ratio_range"][0] <= data["ratio"] <= data["ratio_range"][1]


def test_compare_sees_a_quadratic_solution_grow_faster_and_draws_the_chart(cli, tmp_path):
    chart = tmp_path / "chart.svg"
    brute = SUBMISSIONS / "two-sum" / "accepted" / "brute_force_double_loop.py"
    result = cli("compare", "two-sum", brute, "--budget", "5", "--plot", chart, "--json")
    data = json.loads(result.stdout)
    assert result.exit_code == 0
    # Load slows both sides alike (they alternate); it cannot turn n² into n, nor a ratio of hundreds into 1.
    assert data["user"]["exponent"] >= 1.5 and data["reference"]["exponent"] < data["user"]["exponent"]
    assert data["ratio"] > 1
    xml.dom.minidom.parse(str(chart))


def quadratic_against_linear() -> Comparison:
    sizes = [625, 1250, 2500, 5000, 10_000]
    mine, theirs = [2e-8 * n * n for n in sizes], [1e-7 * n for n in sizes]
    def side(times: list[float]) -> Side:
        return Side(times, round(timing.exponent(sizes, times), 2), timing.complexity(sizes, times))

    ratio = mine[-1] / theirs[-1]
    return Comparison("two-sum", "mine.py", sizes, side(mine), side(theirs), ratio, (ratio * 0.9, ratio * 1.1), 5)


def test_the_report_names_the_classes_and_draws_a_log_log_chart():
    out = Console(record=True, width=120)
    report.comparison(quadratic_against_linear(), out)
    text = out.export_text()
    assert "yours looks O(n²), the reference O(n): at n = 10,000 yours is 2,000× slower" in text and "e+0" not in text
    assert "growth O(n²) (exponent 2.0)" in text and "(log-log)" in text


def test_compare_reports_a_solution_that_times_out(cli):
    slow = SUBMISSIONS / "two-sum" / "time_limit_exceeded" / "every_subset.py"
    data = json.loads(cli("compare", "two-sum", slow, "--budget", "3", "--json").stdout)
    assert any("time limit" in note for note in data["problems"])


def test_compare_plot_needs_a_known_format(cli, tmp_path):
    result = cli("compare", "two-sum", "--reference", "--plot", tmp_path / "chart.txt")
    assert result.exit_code == 2 and ".svg" in result.output
