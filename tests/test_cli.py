"""The command line as users and their scripts meet it: commands, ids, exit codes and the --json contract."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from harness import catalogue
from harness.cli import main

from conftest import SUBMISSIONS, shousi

ACCEPTED = SUBMISSIONS / "two-sum" / "accepted" / "hash_map_class.py"
WRONG = SUBMISSIONS / "two-sum" / "wrong_answer" / "pairs_with_itself.py"


@pytest.fixture
def cli():
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(map(str, args)), catch_exceptions=False)


def test_the_lazy_command_table_names_each_module_s_commands_in_help_order():
    import importlib
    import subprocess
    import sys

    from harness import cli

    for module in dict.fromkeys(cli.COMMANDS.values()):
        names = [command.name for command in importlib.import_module(f"harness.cli.{module}").COMMANDS]
        assert sorted(names) == sorted(name for name, owner in cli.COMMANDS.items() if owner == module), module
    # `shousi grade` does not import the other commands' modules.
    code = ("import sys; from harness.cli import main; main.get_command(None, 'grade'); "
            "print(sorted(m for m in sys.modules if m.startswith('harness.cli.')))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "harness.cli.grading" in loaded and "harness.cli.mock" not in loaded and "harness.cli.compare" not in loaded


def test_list_shows_the_catalogue(cli):
    result = cli("list")
    assert result.exit_code == 0
    for problem in catalogue.problems():
        assert problem.id in result.output


def test_show_renders_the_statement_and_who_asked(cli):
    result = cli("show", "two-sum")
    assert result.exit_code == 0
    assert "Two Sum" in result.output and "asked in" in result.output and "01.AI" in result.output
    assert "Constraints" in result.output


@pytest.mark.parametrize("name", ["two-sum", "1", "two_sum", "two", "TWO-SUM"])
def test_ids_numbers_underscores_and_prefixes_resolve(cli, name):
    assert cli("show", name).exit_code == 0


@pytest.mark.parametrize("name, hint", [("twosum", "Did you mean two-sum"), ("9999", "no problem has LeetCode number")])
def test_unknown_id_is_a_usage_error_with_suggestions(cli, name, hint):
    result = cli("show", name)
    assert result.exit_code == 2 and hint in result.output


def test_start_copies_the_stub_and_never_overwrites(cli, workspace):
    first = cli("start", "two-sum")
    path = workspace / "two-sum.py"
    assert first.exit_code == 0 and str(path) in first.stdout and path.is_file()
    path.write_text("# my work\n")
    again = cli("start", "two-sum")
    assert again.exit_code == 0 and path.read_text() == "# my work\n" and "--force" in again.output
    cli("start", "two-sum", "--force")
    assert "NotImplementedError" in path.read_text()


def test_run_grades_the_workspace_file_on_the_examples(cli, workspace):
    cli("start", "1")
    stub = cli("run", "1")
    assert stub.exit_code == 1 and "NotImplementedError" in stub.output
    shutil.copy(ACCEPTED, workspace / "two-sum.py")
    result = cli("run", "1")
    assert result.exit_code == 0 and "Accepted" in result.output and "3/3" in result.output


def test_grade_shows_verdict_times_reference_and_limit(cli):
    result = cli("grade", "two-sum", ACCEPTED)
    assert result.exit_code == 0
    for text in ("Accepted", "cases passed", "reference", "×", "time limit"):
        assert text in result.output


def test_grade_failure_shows_the_case(cli):
    result = cli("grade", "two-sum", WRONG)
    assert result.exit_code == 1
    for text in ("Wrong Answer", "example 2", "expected", "[1, 2]", "got", "[0, 0]"):
        assert text in result.output


def test_grade_json_is_exactly_one_object_in_the_contract_shape(cli):
    result = cli("grade", "two-sum", WRONG, "--json")
    data = json.loads(result.stdout)
    assert result.exit_code == 1 and result.stdout.count("\n") == 1
    assert data["problem"] == "two-sum" and data["verdict"] == "wrong_answer" and data["file"] == str(WRONG)
    assert data["passed"] == 1 and data["total"] > 10 and data["message"].startswith("example 2")
    assert set(data["failure"]) >= {"case", "input", "expected", "got", "traceback", "stdout"}
    assert data["failure"]["input"] == {"nums": [3, 2, 4], "target": 6} and data["failure"]["got"] == [0, 0]
    assert all(set(case) >= {"name", "verdict", "time_ms"} for case in data["cases"])
    assert isinstance(data["time_ms"], float) and isinstance(data["reference_time_ms"], float)


def test_run_custom_input_takes_the_expected_answer_from_the_reference(cli):
    result = cli("run", "two-sum", ACCEPTED, "--input", "nums = [1, 5, 9], target = 14", "--json")
    data = json.loads(result.stdout)
    assert result.exit_code == 0 and data["verdict"] == "accepted" and data["total"] == 1


def test_run_custom_input_from_a_file(cli, tmp_path):
    case = tmp_path / "case.txt"
    case.write_text("[3, 3]\n6\n")
    assert cli("run", "two-sum", WRONG, "--input", f"@{case}").exit_code == 0


@pytest.mark.parametrize("case", ["nums = [1, 2", "@/no/such/file.txt", "nums = [1, 2], target = 4"])
def test_bad_custom_input_is_a_usage_error(cli, case):
    result = cli("run", "two-sum", ACCEPTED, "--input", case)
    assert result.exit_code == 2 and "--input" in result.output


PRINTS_AND_PAIRS_WRONGLY = """
def two_sum(nums, target):
    print("sum of the first two:", nums[0] + nums[1])
    return [0, 1]
"""


def test_run_shows_every_case_with_its_output_and_stdout_and_goes_past_a_failure(cli, tmp_path):
    # LeetCode's Run panel: input, output, expected and stdout of every case, accepted or not.
    path = tmp_path / "first_two.py"
    path.write_text(PRINTS_AND_PAIRS_WRONGLY)
    data = json.loads(cli("run", "two-sum", path, "--json").stdout)
    assert data["verdict"] == "wrong_answer" and data["total"] == 3 and len(data["cases"]) == 3
    first, second = data["cases"][:2]
    assert first["verdict"] == "accepted" and first["got"] == [0, 1] and first["expected"] == [0, 1]
    assert first["input"] == {"nums": [2, 7, 11, 15], "target": 9} and "sum of the first two: 9" in first["stdout"]
    assert second["verdict"] == "wrong_answer" and second["expected"] == [1, 2] and "5" in second["stdout"]
    assert data["cases"][2]["verdict"] == "accepted"  # run on after the failure
    text = cli("run", "two-sum", path).output
    assert text.count("sum of the first two") == 3 and "example 3" in text


def test_run_takes_several_inputs_and_files_of_cases(cli, tmp_path):
    named = tmp_path / "named.txt"
    named.write_text("# one case per line\nnums = [1, 2], target = 3\n\nnums = [5, 1, 4], target = 9\n")
    leetcode = tmp_path / "box.txt"  # LeetCode's testcase box: one value per line, two per case
    leetcode.write_text("[2,7,11,15]\n9\n[3,2,4]\n6\n")
    data = json.loads(cli("run", "two-sum", ACCEPTED, "--input", f"@{named}", "--input", "nums = [3,3], target = 6",
                          "--input", f"@{leetcode}", "--json").stdout)
    assert data["verdict"] == "accepted" and data["total"] == 5
    assert [c["name"] for c in data["cases"]] == [f"custom case {n}" for n in range(1, 6)]
    assert data["cases"][1]["input"] == {"nums": [5, 1, 4], "target": 9} and data["cases"][4]["got"] == [1, 2]


@pytest.mark.parametrize("case, complaint", [
    ("nums = [1], nums = [2], target = 3", "nums is given twice"),
    ("nums = [1, 2]", "target is missing; this problem takes nums, target"),
])
def test_a_repeated_or_missing_parameter_is_named(cli, case, complaint):
    result = cli("run", "two-sum", ACCEPTED, "--input", case)
    assert result.exit_code == 2 and complaint in result.output and "KeyError" not in result.output


def test_a_file_whose_values_do_not_make_whole_cases_says_so(cli, tmp_path):
    box = tmp_path / "box.txt"
    box.write_text("[2,7,11,15]\n9\n[3,2,4]\n")
    result = cli("run", "two-sum", ACCEPTED, "--input", f"@{box}")
    assert result.exit_code == 2 and "3 values, not a whole number of cases of 2" in result.output


@pytest.mark.parametrize("make, complaint", [
    (lambda d: d / "missing.py", "no such file"),
    (lambda d: d, "not a file"),
    (lambda d: (d / "bin.py").write_bytes(b"\x7fELF\x00\x01") and d / "bin.py", "binary"),
    (lambda d: (d / "latin.py").write_bytes(b"# caf\xe9\n") and d / "latin.py", "not UTF-8"),
])
def test_unusable_files_are_usage_errors(cli, tmp_path, make, complaint):
    result = cli("grade", "two-sum", make(tmp_path))
    assert result.exit_code == 2 and complaint in result.output


def test_grade_without_a_file_in_the_workspace_says_how_to_start(cli):
    result = cli("grade", "two-sum")
    assert result.exit_code == 2 and "shousi start two-sum" in result.output


def test_grade_needs_a_problem_or_all(cli):
    assert cli("grade").exit_code == 2
    assert cli("grade", "two-sum", "--jobs", "2").exit_code == 2  # --jobs is for --all
    assert cli("grade", "--all", "--jobs", "0").exit_code == 2


def test_grade_all_in_parallel_reports_every_started_problem_in_catalogue_order(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("SHOUSI_WORKSPACE", str(tmp_path))
    started = {"two-sum": ACCEPTED, "valid-parentheses": catalogue.resolve("valid-parentheses").reference,
               "climbing-stairs": SUBMISSIONS / "climbing-stairs" / "wrong_answer" / "base_case_zero.py"}
    for problem_id, source in started.items():
        shutil.copy(source, tmp_path / f"{problem_id}.py")
    result = cli("grade", "--all", "--jobs", "2", "--json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    order = [problem.id for problem in catalogue.problems() if problem.id in started]
    assert [entry["problem"] for entry in report["problems"]] == order
    verdicts = {entry["problem"]: entry["verdict"] for entry in report["problems"]}
    assert verdicts == {"two-sum": "accepted", "valid-parentheses": "accepted", "climbing-stairs": "wrong_answer"}
    assert (report["passed"], report["total"], report["verdict"]) == (2, 3, "not_accepted")


def test_solution_shows_the_reference(cli):
    result = cli("solution", "two-sum", "--yes")
    assert result.exit_code == 0 and "def twoSum" in result.output


def test_solution_raw_or_piped_is_the_plain_file():
    completed = shousi("solution", "two-sum", "--yes")  # piped: stdout is not a terminal
    assert completed.returncode == 0
    assert completed.stdout == catalogue.resolve("two-sum").reference.read_text(encoding="utf-8")


def test_an_empty_filter_says_nothing_matched(cli):
    result = cli("list", "--tag", "no-such-tag")
    assert result.exit_code == 0 and "no problem matches --tag no-such-tag" in result.output


def test_compare_of_a_file_that_does_not_load_is_its_error_alone(cli, tmp_path):
    path = tmp_path / "syntax.py"
    path.write_text("def two_sum(nums, target:\n")
    result = cli("compare", "two-sum", path, "--budget", "3")
    assert result.exit_code == 1 and "SyntaxError" in result.output and "10,000" not in result.output


def test_statement_language_is_chosen_and_remembered(cli, tmp_path):
    (tmp_path / "zh").mkdir()
    assert "Two Sum" in cli("show", "two-sum", "--lang", "en").output
    chinese = cli("show", "two-sum", "--lang", "zh").output
    assert "面试来源" in chinese
    assert "面试来源" in cli("show", "two-sum").output, "the choice is remembered"
    assert "Accepted" in cli("grade", "two-sum", ACCEPTED, "--lang", "en").output
    assert "通过" in cli("run", "two-sum", ACCEPTED, "--lang", "zh").output
    assert "通过" in cli("grade", "two-sum", ACCEPTED).output, "grade and run choose and remember it too"


def test_python_dash_m_harness_is_the_same_command():
    completed = shousi("grade", "two-sum", str(ACCEPTED), "--json")
    assert completed.returncode == 0 and json.loads(completed.stdout)["verdict"] == "accepted"
    assert shousi("--help").stdout.startswith("Usage: shousi")


def test_no_traceback_for_usage_errors():
    completed = shousi("grade", "no-such-problem")
    assert completed.returncode == 2 and "Traceback" not in completed.stderr
