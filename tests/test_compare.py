"""`compare`: growth fits, the contract's --json shape, charts, and honest reports of failing solutions."""

from __future__ import annotations

import json
import math
import xml.dom.minidom

import pytest
from click.testing import CliRunner

from harness import catalogue
from harness.compare import timing
from harness.cli import main

from conftest import SUBMISSIONS

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
    assert data["ratio_range"][0] <= data["ratio"] <= data["ratio_range"][1]
    assert 0.5 < data["ratio"] < 2, "the reference against itself"


def test_compare_names_a_quadratic_solution_and_draws_the_chart(cli, tmp_path):
    chart = tmp_path / "chart.svg"
    brute = SUBMISSIONS / "two-sum" / "accepted" / "brute_force_double_loop.py"
    result = cli("compare", "two-sum", brute, "--budget", "5", "--plot", chart)
    assert result.exit_code == 0
    assert "yours looks O(n²), the reference O(n)" in result.output and "slower" in result.output
    assert "(log-log)" in result.output
    xml.dom.minidom.parse(str(chart))


def test_compare_reports_a_solution_that_times_out(cli):
    slow = SUBMISSIONS / "two-sum" / "time_limit_exceeded" / "every_subset.py"
    data = json.loads(cli("compare", "two-sum", slow, "--budget", "3", "--json").stdout)
    assert any("time limit" in note for note in data["problems"])


def test_compare_plot_needs_a_known_format(cli, tmp_path):
    result = cli("compare", "two-sum", "--reference", "--plot", tmp_path / "chart.txt")
    assert result.exit_code == 2 and ".svg" in result.output
