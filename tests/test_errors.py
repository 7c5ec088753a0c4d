"""One root exception, one child per party at fault, and one place in the CLI that turns them into exits: the user's
errors exit 2, the catalogue's and the harness's are `internal error: ...` with exit 1; none is a traceback."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from harness import catalogue, checkers, errors, loader
from harness.cli import failure, main

from conftest import shousi

PROBLEM = "coin-change"
ACCEPTED_SOURCE = "def coin_change(coins, amount):\n    return -1 if amount == 3 else 0\n"  # never run: no grade starts


@pytest.fixture
def broken(tmp_path, monkeypatch):
    """A private catalogue holding a copy of coin-change, to break one way per test; SHOUSI_ROOT points at it."""
    root = catalogue.root()
    shutil.copytree(root / "problems" / PROBLEM, tmp_path / "problems" / PROBLEM)
    (tmp_path / "solutions").mkdir()
    shutil.copy(root / "solutions" / f"{PROBLEM}.py", tmp_path / "solutions" / f"{PROBLEM}.py")
    monkeypatch.setenv("SHOUSI_ROOT", str(tmp_path))
    return tmp_path / "problems" / PROBLEM


def edit_toml(folder, old: str, new: str) -> None:
    path = folder / "problem.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def grade_through_the_cli(tmp_path, *options: str):
    mine = tmp_path / "mine.py"
    mine.write_text(ACCEPTED_SOURCE)
    return shousi("grade", PROBLEM, str(mine), *options, env={"SHOUSI_ROOT": str(tmp_path), "COLUMNS": "300"})


def test_every_error_has_one_root_and_says_whose_fault_it_is():
    assert issubclass(errors.UnknownProblem, errors.UsageError) and issubclass(errors.InputError, errors.UsageError)
    for kind, fault, code in ((errors.UsageError, "user", 2), (errors.ProblemError, "catalogue", 1),
                              (errors.GradingFault, "harness", 1)):
        assert issubclass(kind, errors.ShousiError) and (kind.fault, kind.exit_code) == (fault, code)


@pytest.mark.parametrize("error, exit_code, message", [
    (errors.UnknownProblem("no problem 'x'"), 2, "no problem 'x'"),
    (errors.ProblemError("two-sum: bad"), 1, "internal error: the catalogue is broken: two-sum: bad"),
    (errors.GradingFault("the reference failed"), 1, "internal error: the reference failed"),
])
def test_the_cli_maps_each_fault_to_one_line_and_an_exit_code(error, exit_code, message):
    mapped = failure(error)
    assert (mapped.exit_code, mapped.message) == (exit_code, message)


def test_a_misspelt_checker_name_is_an_internal_error_not_a_traceback(broken, tmp_path):
    edit_toml(broken, 'name = "exact"', 'name = "exatc"')
    completed = grade_through_the_cli(tmp_path)
    output = completed.stdout + completed.stderr
    assert completed.returncode == 1 and "Traceback" not in output, output
    assert "Internal Error" in output and "no checker 'exatc'" in output and "did you mean 'exact'?" in output


def test_a_misspelt_checker_name_under_json_is_the_internal_error_verdict(broken, tmp_path):
    edit_toml(broken, 'name = "exact"', 'name = "exatc"')
    completed = grade_through_the_cli(tmp_path, "--json")
    data = json.loads(completed.stdout)
    assert completed.returncode == 1 and data["verdict"] == "internal_error"
    assert data["message"].startswith("internal error: ") and "no checker 'exatc'" in data["message"]


def test_a_misspelt_checker_option_is_an_internal_error(broken, tmp_path):
    edit_toml(broken, 'name = "exact"', 'name = "exact"\nordered = false')
    completed = grade_through_the_cli(tmp_path)
    output = completed.stdout + completed.stderr
    assert completed.returncode == 1 and "Traceback" not in output, output
    assert "checker 'exact' has no option 'ordered'" in output


def test_compare_with_a_misspelt_checker_is_one_line_of_internal_error(broken, tmp_path):
    edit_toml(broken, 'name = "exact"', 'name = "exatc"')
    completed = shousi("compare", PROBLEM, "--reference", "--budget", "1", env={"SHOUSI_ROOT": str(tmp_path)})
    assert completed.returncode == 1 and "Traceback" not in completed.stderr, completed.stderr
    assert completed.stderr.strip().splitlines() == [
        f"Error: internal error: the catalogue is broken: {PROBLEM}: problem.toml names no checker 'exatc' "
        f"(did you mean 'exact'?); the checkers are {', '.join(checkers.names())} and custom "
        "(the package's checker.py)"]


def test_a_cases_file_that_does_not_load_is_the_catalogues_fault(broken):
    (broken / "cases.py").write_text("def hidden_cases(rng):\n    return [\n")
    with pytest.raises(errors.ProblemError, match=r"cannot load .*cases\.py: SyntaxError"):
        catalogue.resolve(PROBLEM).hidden_cases()
    result = CliRunner().invoke(main, ["compare", PROBLEM, "--reference"])
    assert result.exit_code == 1 and "internal error: the catalogue is broken: cannot load" in result.output


def test_a_misspelt_option_of_a_checker_with_options_names_the_right_one():
    with pytest.raises(errors.ProblemError, match=r"no option 'tolerence' \(did you mean 'tolerance'\?\)"):
        checkers.load({"name": "floats", "tolerence": 1e-6}, catalogue.root() / "problems" / "softmax")


def test_a_missing_custom_checker_is_the_catalogues_fault(tmp_path):
    with pytest.raises(errors.ProblemError, match="missing .*checker.py"):
        checkers.load({"name": "custom"}, tmp_path)


def test_the_loader_runs_a_file_as_a_module_without_leaving_bytecode(tmp_path):
    source = tmp_path / "cases.py"
    source.write_bytes(b"\xef\xbb\xbfVALUE = 42\r\n")  # a UTF-8 BOM and CRLF line ends
    module = loader.load("shousi_test_module", source)
    assert module.VALUE == 42 and module.__file__ == str(source)
    assert not (tmp_path / "__pycache__").exists()
