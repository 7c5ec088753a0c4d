"""`compare` tells the truth: what n is, growth classes a fixed cost or noise cannot fake (with the doubt said out
loud), growth per call where n counts calls, peak memory per size, one line for a file that cannot load, output
that fits 60 columns, and ratios in words that the headline and the table share.

The classifier is tested on synthetic series; the real runs are asked only what no load can change (the shape of
the output, the keys, the words of a failure), never a time or a class read off a measurement.
"""

from __future__ import annotations

import json
import math
import random
import re
import shutil
import xml.dom.minidom

import pytest
from click.testing import CliRunner
from rich.console import Console

from harness import catalogue, report
from harness.catalogue import schema
from harness.cli import main
from harness.compare import Comparison, Side, _summarise, growth
from harness.report import chart

from conftest import SUBMISSIONS, TESTS, shousi

SIZES = [625, 1250, 2500, 5000, 10_000]


def classes(law, sizes=SIZES, noise=0.0, per_call=False):
    return growth.growth(sizes, [law(n) for n in sizes], noise, per_call)


# ---- the classifier, on synthetic series --------------------------------------------------------------------------

@pytest.mark.parametrize("law, label", [
    (lambda n: 1e-7 * n, "O(n)"),
    (lambda n: 1e-8 * n * math.log(n), "O(n log n)"),
    (lambda n: 1e-10 * n * n, "O(n²)"),
    (lambda n: 1e-13 * n ** 3, "O(n³)"),
    (lambda n: 3e-5, "O(1)"),
])
def test_an_exact_series_is_named_by_its_class_alone(law, label):
    assert classes(law).label == label


def test_a_fixed_cost_does_not_read_as_slow_growth():
    law = lambda n: 2e-4 + 1e-7 * n  # noqa: E731  call overhead as large as the work at n = 2,000
    found = classes(law)
    assert found.label == "O(n)" and found.overhead_s == pytest.approx(2e-4, rel=0.01)
    assert found.exponent == pytest.approx(1.0, abs=0.02)
    assert growth.exponent(SIZES, [law(n) for n in SIZES]) < 0.6  # the raw slope, which the fit no longer trusts
    heavier = classes(lambda n: 4e-4 + 1e-7 * n)  # twice the overhead: n log n fits within 2% as well, and says so
    assert heavier.label == "O(n) or O(n log n)"


def test_a_constant_under_overhead_is_o1_however_well_a_line_fits():
    assert classes(lambda n: 1e-3 + 1e-10 * n).label == "O(1)"  # it grows by 0.1% over the ladder: not seen


def test_a_quadratic_behind_a_fixed_cost_is_still_quadratic():
    found = classes(lambda n: 2e-3 + 1e-10 * n * n)
    assert found.classes[0] == "O(n²)" and found.exponent == pytest.approx(2.0, abs=0.05)


@pytest.mark.parametrize("seed", range(8))
def test_noisy_linear_times_never_read_as_quadratic_and_say_their_doubt(seed):
    rng = random.Random(seed)
    found = classes(lambda n: 1e-7 * n * math.exp(rng.gauss(0, 0.1)), noise=0.1)
    assert "O(n)" in found.classes and set(found.classes) <= {"O(n)", "O(n log n)"}


def test_two_classes_that_fit_about_equally_are_both_named():
    assert classes(lambda n: 1e-7 * n * math.log(n) ** 0.7).label == "O(n log n)"  # exact: told apart
    between = lambda n: 1e-7 * n * math.log(n) ** 0.3  # noqa: E731  between n and n log n
    found = classes(between, noise=0.06)  # times known to 6%: either fits
    assert found.label == "O(n) or O(n log n)" and found.classes == ("O(n)", "O(n log n)")


def test_growth_per_call_where_n_counts_calls():
    rng = random.Random(1)
    constant = classes(lambda n: n * 1e-6 * math.exp(rng.gauss(0, 0.05)), noise=0.05, per_call=True)
    assert constant.per_call == ("O(1)",) and constant.classes == ("O(n)",)
    assert constant.described == "O(1) per call, O(n) in total"
    linear = classes(lambda n: n * (8e-5 + 4e-8 * n), sizes=[128, 256, 512, 1024, 2048], per_call=True)
    assert linear.per_call[0] == "O(n)" and linear.classes[0] == "O(n²)"  # a KV cache: each step reads it all


def test_against_a_reference_of_known_class_what_bends_both_curves_does_not_count():
    bend = dict(zip(SIZES, [1.0, 1.1, 1.25, 1.45, 1.7]))  # caches the larger inputs outgrow: 70% slower per item
    reference = [1e-7 * n * bend[n] for n in SIZES]
    assert growth.growth(SIZES, reference).classes != ("O(n)",)  # its own times no longer look linear
    assert growth.known(SIZES, reference, "O(n)").label == "O(n)"
    same = growth.against(SIZES, [1.3 * t for t in reference], reference, "O(n)")
    assert same.label == "O(n)" and same.basis == "reference"
    quadratic = growth.against(SIZES, [1e-10 * n * n * bend[n] for n in SIZES], reference, "O(n)")
    assert quadratic.label == "O(n²)"
    calls = growth.against(SIZES, reference, reference, "O(n)", per_call=True)
    assert calls.described == "O(1) per call, O(n) in total"


def test_exponential_series():
    assert classes(lambda n: 1e-6 * 2 ** n, sizes=[10, 12, 14, 16, 18]).label == "O(2ⁿ)"
    catalan = classes(lambda n: 1e-6 * n * math.comb(2 * n, n) / (n + 1), sizes=[4, 5, 6, 7, 8])
    assert catalan.classes[-1] == "O(4ⁿ)"


def test_the_noise_of_the_rounds_is_their_relative_spread():
    rounds = [[1.0, 1.1, 0.9, 1.0, 1.05], [2.0, 2.2, 1.8, 2.0, 2.1]]
    assert 0.01 < growth.noise(rounds) < 0.1
    assert growth.noise([[1.0, 1.0, 1.0]]) == 0.0 and growth.noise([[1.0]]) == 0.0


# ---- what n is: every package says, check requires it -------------------------------------------------------------

@pytest.mark.parametrize("problem", catalogue.problems(), ids=lambda p: p.id)
def test_every_package_says_what_n_counts(problem):
    spec, _ = schema.read(problem.folder)
    assert not [f for f in schema.findings(spec, problem.folder) if "[compare]" in f]
    assert problem.compare["n"].strip(), problem.id


def test_the_design_problems_whose_n_counts_calls_say_so():
    per_call = [p for p in catalogue.problems() if p.compare.get("per_call")]
    assert {"insert-delete-getrandom-o1", "kv-cache-attention", "lru-cache", "min-stack"} <= {p.id for p in per_call}
    assert all(p.kind == "design" or p.id == "kv-cache-attention" for p in per_call)


def test_the_schema_names_a_missing_or_misspelt_compare_table(tmp_path):
    spec, _ = schema.read(catalogue.resolve("two-sum").folder)
    del spec["compare"]
    assert any("[compare] n is missing" in f for f in schema.findings(spec, tmp_path / "two-sum"))
    spec["compare"] = {"n": "the length of nums", "per_cal": True}
    assert any("did you mean 'per_call'" in f for f in schema.findings(spec, tmp_path / "two-sum"))


def test_check_flags_a_package_that_does_not_say_what_n_counts(tmp_path, monkeypatch):
    for folder in ("problems", "solutions", "tests/oracles", "tests/submissions"):
        (tmp_path / folder).mkdir(parents=True)
    root = TESTS.parent
    shutil.copytree(root / "problems" / "two-sum", tmp_path / "problems" / "two-sum")
    shutil.copy(root / "solutions" / "two-sum.py", tmp_path / "solutions")
    shutil.copy(TESTS / "oracles" / "two-sum.py", tmp_path / "tests" / "oracles")
    shutil.copytree(SUBMISSIONS / "two-sum", tmp_path / "tests" / "submissions" / "two-sum")
    toml = tmp_path / "problems" / "two-sum" / "problem.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text[:text.index("\n[compare]")] + "\n", encoding="utf-8")
    monkeypatch.setenv("SHOUSI_ROOT", str(tmp_path))
    result = CliRunner().invoke(main, ["check", "two-sum", "--fast"], catch_exceptions=False)
    assert result.exit_code == 1 and "[compare] n is missing" in result.output


# ---- the report: readable numbers, the headline and the table agree, 60 columns -------------------------------------

def measured(ratio: float, sizes=SIZES, spread: float = 0.02) -> Comparison:
    """A comparison of two linear series `ratio` apart, summarised as compare does, with memory per size."""
    rng = random.Random(0)

    def series(scale: float) -> list[list[float]]:
        return [[scale * 1e-6 * n * math.exp(rng.gauss(0, spread)) for _ in range(5)] for n in sizes]

    result = Comparison("two-sum", "mine.py", list(sizes), Side([None] * len(sizes)), Side([None] * len(sizes)),
                        rounds=5, n_means="the length of nums")
    _summarise(result, len(sizes), series(1.0), series(ratio))
    for side in (result.user, result.reference):
        side.peak_bytes = [64 * n for n in sizes]
        side.peak_memory_bytes = side.peak_bytes[-1]
    return result


def rendered(result, width: int) -> str:
    out = Console(record=True, width=width, file=open("/dev/null", "w"))  # noqa: SIM115
    report.comparison(result, out)
    return out.export_text()


@pytest.mark.parametrize("ratio, words", [(1.1, "about the same"), (0.9, "about the same"), (3.0, "3× slower"),
                                          (0.25, "4× faster")])
def test_the_headline_and_the_table_use_the_same_words(ratio, words):
    text = rendered(measured(ratio, spread=0.0), 200)
    headline, rows = text.splitlines()[0], [line for line in text.splitlines() if re.match(r"\s*[\d,]+\s+\d", line)]
    assert f"at n = 5,000 and 10,000 yours is {words}" in headline
    assert rows and all(words in line for line in rows if "µs" in line or " ms" in line), text
    assert "n = the length of nums" in text and "both look O(n)" in headline


@pytest.mark.parametrize("width", [60, 80])
def test_nothing_is_cut_at_narrow_widths(width):
    result = measured(1.0, sizes=[62_500, 125_000, 250_000, 500_000, 1_000_000])
    text = rendered(result, width)
    assert all(len(line) <= width for line in text.splitlines()), text
    assert "…" not in text and "1,000,000" in text and "about the same" in text
    assert "61 MiB" in text or "61.0 MiB" in text, "peak memory per size"


def test_a_peak_under_a_page_is_not_shown_as_nothing():
    result = measured(1.0)
    result.user.peak_bytes = [0, 0, 8192, 65536, 1 << 20]
    text = rendered(result, 120)
    assert "<4 KiB" in text and " 0 B" not in text and "1 MiB" in text
    assert report.comparison_json(result)["user_peak_bytes"][0] == 0  # the JSON keeps the reading


def test_no_scientific_notation_even_for_tiny_and_huge_numbers():
    result = Comparison("p", "f.py", [1, 2], Side([None, None]), Side([None, None]))
    _summarise(result, 2, [[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]], [[1e-7] * 3, [1e-7] * 3])
    text = rendered(result, 80) + json.dumps(report.comparison_json(result)["summary"])
    assert not re.search(r"\de[+-]?\d", text) and "faster" in text


def test_a_long_chart_title_is_wrapped_not_cut():
    result = measured(3.0)
    title = f"{result.problem}: {result.summary} " * 3
    svg = chart.svg({"yours": ("●", [(625, 1e-4), (10_000, 2e-3)])}, title, "n: the length of nums")
    document = xml.dom.minidom.parseString(svg)
    lines = [t.firstChild.data for t in document.getElementsByTagName("text") if t.getAttribute("font-size") == "14"]
    assert len(lines) > 1 and all(len(line) <= chart.TITLE_CHARS for line in lines)
    assert " ".join(lines) == " ".join(title.split()) and "n: the length of nums (log scale)" in svg


# ---- the real command line --------------------------------------------------------------------------------------

@pytest.mark.parametrize("source", ["def two_sum(nums, target:\n    return []\n", "import no_such_module_here\n",
                                    "x = 1\n"])
def test_a_file_that_cannot_load_is_one_line(tmp_path, source):
    path = tmp_path / "mine.py"
    path.write_text(source)
    result = CliRunner().invoke(main, ["compare", "two-sum", str(path), "--budget", "1"], catch_exceptions=False)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert result.exit_code == 1 and len(lines) == 1, result.stdout
    assert "Compile Error: cannot load your file" in lines[0] or "no entry point" in lines[0]
    assert "size ladder" not in lines[0] and "625" not in lines[0]


def test_compare_json_says_what_n_is_and_gives_memory_per_size(tmp_path):
    result = CliRunner().invoke(main, ["compare", "generate-parentheses", "--reference", "--budget", "1", "--json"],
                                catch_exceptions=False)
    data = json.loads(result.stdout)
    assert result.exit_code == 0 and data["n"] == catalogue.resolve("generate-parentheses").compare["n"]
    assert set(data) >= {"problem", "ratio", "ratio_range", "sizes", "user_ms", "reference_ms", "user", "reference",
                         "user_peak_bytes", "reference_peak_bytes"}
    for side in ("user", "reference"):
        assert set(data[side]) >= {"exponent", "complexity", "peak_memory_bytes", "classes", "per_call"}
        assert data[side]["per_call"] is None and " or ".join(data[side]["classes"]) == data[side]["complexity"]
        per_size = data[f"{side}_peak_bytes"]
        assert len(per_size) == len(data["sizes"]) and per_size[-1] == data[side]["peak_memory_bytes"]
        assert all(isinstance(b, int) and b >= 0 for b in per_size)


def test_compare_fits_60_columns_on_the_real_command_line():
    reference = TESTS.parent / "solutions" / "generate-parentheses.py"
    completed = shousi("compare", "generate-parentheses", str(reference), "--budget", "1", env={"COLUMNS": "60"})
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    assert all(len(line) <= 60 for line in lines), completed.stdout
    assert "…" not in completed.stdout and "n = the number of pairs" in completed.stdout
    assert "peak memory, yours" in completed.stdout and "(log-log)" in completed.stdout
