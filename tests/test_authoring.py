"""The author's loop: `shousi new` scaffolds a package that `shousi check` fails only where it is still a skeleton;
`check` passes a healthy package and names what to fix in a broken one; the case-generation kit; one id spelling."""

from __future__ import annotations

import random
import re
import shutil

import numpy as np
import pytest
from click.testing import CliRunner

from harness import catalogue
from harness.catalogue import check, kit, scaffold
from harness.catalogue.problem import load_problem
from harness.cli import main

from conftest import SUBMISSIONS, TESTS

REPOSITORY = TESTS.parent
COPIED = ("two-sum", "coin-change")


@pytest.fixture
def checkout(tmp_path, monkeypatch):
    """A private catalogue with two packages, their references, oracles and known submissions (SHOUSI_ROOT)."""
    for folder in ("problems", "solutions", "tests/oracles", "tests/submissions"):
        (tmp_path / folder).mkdir(parents=True)
    for problem_id in COPIED:
        shutil.copytree(REPOSITORY / "problems" / problem_id, tmp_path / "problems" / problem_id)
        shutil.copy(REPOSITORY / "solutions" / f"{problem_id}.py", tmp_path / "solutions")
        shutil.copy(TESTS / "oracles" / f"{problem_id}.py", tmp_path / "tests" / "oracles")
        shutil.copytree(SUBMISSIONS / problem_id, tmp_path / "tests" / "submissions" / problem_id)
    monkeypatch.setenv("SHOUSI_ROOT", str(tmp_path))
    return tmp_path


@pytest.fixture
def cli():
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(map(str, args)), catch_exceptions=False)


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# ---- shousi new -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("options", [["--number", "146", "--title", "LRU Cache"], [], ["--ml"]])
def test_new_writes_every_file_of_a_package(cli, checkout, options):
    result = cli("new", "lru-cache", *options)
    assert result.exit_code == 0, result.output
    written = sorted(p.relative_to(checkout).as_posix() for p in checkout.rglob("*") if "lru-cache" in str(p)
                     and p.is_file())
    assert written == sorted(scaffold.files(scaffold.Spec("lru-cache")))
    assert len(written) == 10 and all(name in result.stdout for name in written)
    problem = load_problem(checkout / "problems" / "lru-cache", checkout / "solutions")
    assert problem.title == ("LRU Cache" if "--title" in options else "Lru Cache")
    assert problem.number == (146 if "--number" in options else None)
    stub = problem.stub_path.read_text(encoding="utf-8")
    assert "NotImplementedError" in stub and "`shousi run lru-cache`" in stub
    assert catalogue.resolve("lru-cache") == problem


def test_new_never_overwrites(cli, checkout):
    assert cli("new", "lru-cache").exit_code == 0
    statement = checkout / "problems" / "lru-cache" / "statement.md"
    statement.write_text("my statement", encoding="utf-8")
    again = cli("new", "lru-cache", "--ml")
    assert again.exit_code == 2 and "exists already" in again.output
    assert statement.read_text(encoding="utf-8") == "my statement"
    (checkout / "problems" / "fresh").mkdir()
    assert cli("new", "fresh").exit_code == 2, "an existing folder is not overwritten either"
    assert cli("new", "two-sum").exit_code == 2


@pytest.mark.parametrize("bad", ["Two-Sum", "two_sum", "two sum", "two--sum", "two-", "x/y"])
def test_a_bad_id_is_a_usage_error(cli, checkout, bad):
    result = cli("new", bad)
    assert result.exit_code == 2 and "not a problem id" in result.output
    assert not (checkout / "problems" / bad).exists()


def test_new_needs_a_source_checkout(cli, tmp_path, monkeypatch):
    (tmp_path / "problems").mkdir()
    (tmp_path / "solutions").mkdir()
    monkeypatch.setenv("SHOUSI_ROOT", str(tmp_path))  # a catalogue without tests/: an installed tool
    result = cli("new", "lru-cache")
    assert result.exit_code == 2 and "no source checkout" in result.output
    assert not (tmp_path / "problems" / "lru-cache").exists()


@pytest.mark.parametrize("options", [["--number", "146"], ["--ml"]])
def test_a_fresh_skeleton_fails_check_only_where_the_author_must_write(cli, checkout, options):
    assert cli("new", "lru-cache", *options).exit_code == 0
    result = cli("check", "lru-cache")
    assert result.exit_code == 1
    findings = [line[4:] for line in result.output.splitlines() if line.startswith("  - ")]
    expected = {
        "placeholders": scaffold.PLACEHOLDER, "cases": "hidden cases: write at least 10", "maxima": "maxima",
        "reference": "reference solutions/lru-cache.py is not accepted", "limit": "not calibrated",
        "submissions": "has no submission",
    }
    for finding in findings:
        assert any(text in finding for text in expected.values()), f"not a part to fill in: {finding}"
    for what, text in expected.items():
        assert any(text in finding for finding in findings), f"no finding about the {what}"
    assert "lru-cache: " in result.output.splitlines()[0]


# ---- shousi check -----------------------------------------------------------------------------------------------

def test_check_passes_a_healthy_package(cli, checkout):
    result = cli("check", "two-sum", "--fast")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "two-sum: ok" and "known submissions were not graded" in result.output


def test_check_names_what_to_fix(cli, checkout):
    package = checkout / "problems" / "two-sum"
    edit(package / "problem.toml", "hints_zh = [\n", "hint = [\"one\"]\nhints_zh = [\n    \"多余的提示\",\n")
    edit(package / "problem.toml", 'slowest_accepted = "brute_force_double_loop.py"', 'slowest_accepted = "gone.py"')
    (package / "statement.zh.md").unlink()
    edit(package / "stub.py", 'raise NotImplementedError("write your solution to two-sum here, then run '
                              '`shousi run two-sum`")', "return [0, 1]")
    result = cli("check", "two_sum", "--fast")
    assert result.exit_code == 1
    for message in ("two-sum: ", "unknown key 'hint' (did you mean 'hints'?)",
                    "statement.zh.md is missing",
                    "3 hints but 4 hints_zh", "limits.slowest_accepted names 'gone.py'",
                    "stub.py must raise NotImplementedError", "got wrong_answer"):
        assert message in result.output, result.output


def test_check_reports_a_misspelt_checker_option_and_limit(cli, checkout):
    package = checkout / "problems" / "coin-change"
    edit(package / "problem.toml", "[limits]\n", "[limits]\nmemory = 512\n")
    result = cli("check", "coin-change")
    assert result.exit_code == 1 and "[limits] has no key 'memory' (did you mean 'memory_mb'?)" in result.output
    edit(package / "problem.toml", "memory = 512\n", "")
    edit(package / "problem.toml", "[checker]\n", "[checker]\ntolerence = 1\n")
    result = cli("check", "coin-change")
    assert result.exit_code == 1 and "tolerence" in result.output
    edit(package / "problem.toml", "tolerence = 1\n", "")
    edit(package / "problem.toml", 'name = "exact"', 'name = "exactt"')
    result = cli("check", "coin-change")
    assert result.exit_code == 1 and "'exactt'" in result.output and "'exact'" in result.output


def test_check_reports_cases_outside_the_constraints(cli, checkout):
    cases = checkout / "problems" / "two-sum" / "cases.py"
    cases.write_text(cases.read_text(encoding="utf-8") + (
        "\n\n_generated = hidden_cases\n\n\ndef hidden_cases(rng):\n    yield from _generated(rng)\n"
        "    yield Case({'nums': [7], 'target': 7}, note='one number')\n"), encoding="utf-8")
    result = cli("check", "two-sum", "--fast")
    assert result.exit_code == 1 and re.search(r"hidden \d+ \(one number\) breaks the constraints", result.output)


def test_check_finds_a_reference_that_disagrees_with_its_oracle(cli, checkout):
    oracle = checkout / "tests" / "oracles" / "coin-change.py"
    oracle.write_text(oracle.read_text(encoding="utf-8") + (
        "\n\n_right = solve\n\n\ndef solve(coins, amount):\n    answer = _right(coins, amount)\n"
        "    return answer + 1 if amount == 3 else answer\n"), encoding="utf-8")
    problem = catalogue.resolve("coin-change")
    disagreement = check.oracle_disagreement(problem, oracle)
    assert disagreement and disagreement.startswith("trial ") and "'amount': 3" in disagreement
    result = cli("check", "coin-change", "--fast")
    assert result.exit_code == 1 and "the reference disagrees with the oracle: trial" in result.output


def test_a_known_submission_in_the_wrong_folder_is_a_finding(checkout):
    known = checkout / "tests" / "submissions" / "two-sum"
    shutil.copy(known / "accepted" / "hash_map_class.py", known / "wrong_answer" / "not_wrong.py")
    (known / "pending").mkdir()
    shutil.copy(known / "accepted" / "hash_map_class.py", known / "pending" / "any.py")
    problem = catalogue.resolve("two-sum")
    finding = check.submission_finding(problem, known / "wrong_answer" / "not_wrong.py")
    assert "tests/submissions/two-sum/wrong_answer/not_wrong.py gets accepted, not wrong_answer" in finding
    assert "not a verdict folder" in check.submission_finding(problem, known / "pending" / "any.py")
    assert check.submission_finding(problem, known / "accepted" / "hash_map_class.py") is None


def test_check_of_an_unknown_id_is_a_usage_error(cli, checkout):
    result = cli("check", "no-such-problem")
    assert result.exit_code == 2 and "no problem" in result.output


# ---- one id spelling ------------------------------------------------------------------------------------------

def test_workspace_files_are_named_by_the_id_but_older_files_keep_being_used(cli, workspace):
    started = cli("start", "two-sum")
    assert started.stdout.strip() == str(workspace / "two-sum.py")
    (workspace / "two-sum.py").unlink()
    older = workspace / "two_sum.py"
    older.write_text("# my work from before\n", encoding="utf-8")
    again = cli("start", "two-sum")
    assert again.stdout.strip() == str(older) and older.read_text(encoding="utf-8") == "# my work from before\n"
    assert not (workspace / "two-sum.py").exists()
    shutil.copy(SUBMISSIONS / "two-sum" / "accepted" / "hash_map_class.py", older)
    assert cli("run", "two-sum").exit_code == 0


def test_every_oracle_is_named_by_its_id():
    ids = {problem.id for problem in catalogue.problems()}
    assert {path.stem for path in (TESTS / "oracles").glob("*.py")} == ids


# ---- the kit ----------------------------------------------------------------------------------------------------

def test_kit_is_reproducible_from_the_case_rng():
    def draw(seed):
        rng = random.Random(seed)
        gen = kit.numpy_rng(rng)
        return (kit.random_grid(rng, 4, 5, 0.5), gen.standard_normal(3).tolist(),
                kit.random_mask(gen, (3, 4)).tolist(), kit.mixed_text(rng, 40))

    assert draw(7) == draw(7) and draw(7) != draw(8)


def test_kit_grids():
    assert kit.rows("10", "01") == [[1, 0], [0, 1]] and kit.rows("10", cell=str) == [["1", "0"]]
    assert kit.checkerboard(2, 3, land="1", water="0") == [["1", "0", "1"], ["0", "1", "0"]]
    assert kit.stripes(3, 2, horizontal=True) == [[1, 1], [0, 0], [1, 1]]
    assert kit.rings(5, 5)[2] == [1, 0, 1, 0, 1]
    snake = kit.snake(5, 4)
    assert snake == [[1, 1, 1, 1], [0, 0, 0, 1], [1, 1, 1, 1], [1, 0, 0, 0], [1, 1, 1, 1]]
    spiral = kit.spiral(5, 5)
    assert spiral == [[1, 1, 1, 1, 1], [0, 0, 0, 0, 1], [1, 1, 1, 0, 1], [1, 0, 0, 0, 1], [1, 1, 1, 1, 1]]
    grid = kit.random_grid(random.Random(0), 50, 50, 0.3)
    assert 0.2 < sum(map(sum, grid)) / 2500 < 0.4


def test_kit_masks():
    assert kit.causal_mask(2, 4).tolist() == [[True, True, True, False], [True, True, True, True]]
    assert kit.padding_mask([1, 3], 3).tolist() == [[True, False, False], [True, True, True]]
    assert kit.padding_mask([1, 0], 3, keep="last").tolist() == [[False, False, True], [False, False, False]]
    gen = np.random.default_rng(0)
    assert kit.random_mask(gen, (200, 3), keep=0.05).any(axis=-1).all()
    assert not kit.random_mask(gen, (200, 3), keep=0.05, every_row=False).any(axis=-1).all()


def test_kit_operations_and_text():
    calls = kit.Operations("LRUCache", 2).call("put", 1, 1).repeat("get", 2, 1)
    assert calls.given() == {"operations": ["LRUCache", "put", "get", "get"], "arguments": [[2], [1, 1], [1], [1]]}
    assert len(calls) == 3 and calls.case("note", [None, None, 1, 1]).expected == [None, None, 1, 1]
    rng = random.Random(1)
    assert all("\u4e00" <= ch <= "\u4fff" for ch in kit.cjk_text(rng, 50))
    assert kit.ascii_text(rng, 30).isascii() and len(kit.ascii_text(rng, 30)) == 30
    mixed = kit.mixed_text(rng, 400, cjk_share=0.5)
    assert any(ch.isascii() for ch in mixed) and any(not ch.isascii() for ch in mixed)
    assert len(kit.words(rng, 5, ["a", "b"]).split()) == 5
