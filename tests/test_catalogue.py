"""Every problem package is complete and self-consistent; every reference is accepted and every stub rejected."""

from __future__ import annotations

import re

import pytest

from harness import catalogue
from harness import grading
from harness import loader
from harness.sandbox import wire
from harness.grading.verdict import Verdict

from conftest import SUBMISSIONS, problem_ids

pytestmark = pytest.mark.shared_cache  # grades that assert nothing about the grade cache

PROBLEMS = problem_ids()


def cases_module(problem):
    return loader.load(f"cases_{problem.id}", problem.folder / "cases.py")


@pytest.mark.parametrize("problem_id", PROBLEMS)
def test_package_declares_everything(problem_id):
    problem = catalogue.resolve(problem_id)
    assert problem.title and problem.difficulty in ("easy", "medium", "hard")
    assert problem.tags and problem.asked_in, "tags and the interviews that asked it"
    assert problem.entry and (problem.params or problem.kind == "design")
    assert problem.reference.is_file() and problem.stub_path.is_file()
    statement = problem.statement
    assert "## Examples" in statement and "## Constraints" in statement
    assert problem.examples, "the statement's examples are the run set"


@pytest.mark.parametrize("problem_id", PROBLEMS)
def test_hidden_cases_are_reproducible_respect_the_constraints_and_hit_the_maxima(problem_id):
    """One test, so that the cases (seconds of work for the largest problems) are made twice, not three times."""
    problem = catalogue.resolve(problem_id)
    first, second = problem.hidden_cases(), problem.hidden_cases()
    assert [wire.dumps(c.input) for c in first] == [wire.dumps(c.input) for c in second]
    assert len(first) >= 10, "hidden tests should be many: edge cases plus generated ones"
    assert any("max" in c.note or "10^" in c.note for c in first), "some hidden cases reach the constraints' maxima"
    module = cases_module(problem)
    for case in problem.examples + first:
        if case.raises:  # a case that must raise is outside the constraints on purpose
            continue
        try:
            module.validate(case.input)
        except AssertionError as exc:
            pytest.fail(f"{case.name} ({case.note}) breaks the constraints: {exc}")


@pytest.mark.parametrize("problem_id", PROBLEMS)
def test_reference_is_accepted_through_the_cli(reference_grades, problem_id):
    graded = reference_grades[problem_id]
    assert graded["verdict"] == "accepted", graded["message"]
    assert graded["passed"] == graded["total"] > 0


def test_self_check_exits_zero(self_check):
    assert self_check["exit_code"] == 0 and self_check["verdict"] == "accepted"


@pytest.mark.parametrize("problem_id", PROBLEMS)
def test_stub_is_rejected_with_a_friendly_message(problem_id):
    problem = catalogue.resolve(problem_id)
    result = grading.grade(problem, problem.stub_path, hidden=False)
    assert result.verdict is Verdict.RUNTIME_ERROR
    assert "NotImplementedError" in result.message and f"shousi run {problem.id}" in result.message


@pytest.mark.parametrize("problem_id", PROBLEMS)
def test_known_submissions_cover_the_verdicts(problem_id):
    folders = {path.name for path in (SUBMISSIONS / problem_id).iterdir() if any(path.glob("*.py"))}
    assert {"accepted", "wrong_answer", "time_limit_exceeded"} <= folders


@pytest.mark.parametrize("problem_id", PROBLEMS)
def test_statement_and_hints_exist_in_both_languages(problem_id):
    problem = catalogue.resolve(problem_id)
    assert len(problem.hints) >= 2 and len(problem.hints_zh) == len(problem.hints)
    chinese = problem.statement_in("zh")
    assert chinese != problem.statement, "statement.zh.md exists"
    fence = re.compile(r"^```[^\n]*\n.*?^```", re.MULTILINE | re.DOTALL)
    examples = [block for block in fence.findall(problem.statement) if "Input" in block]
    assert examples == [block for block in fence.findall(chinese) if "Input" in block], "identical example blocks"


def test_every_chain_names_problems_of_the_catalogue_and_list_shows_them():
    from click.testing import CliRunner

    from harness.catalogue import chains
    from harness.cli import main

    assert chains.findings(catalogue.root(), {p.id for p in catalogue.problems()}) == []
    names = [chain.name for chain in chains.chains()]
    assert {"attention", "norms", "rl", "tokenizers"} <= set(names)
    shown = CliRunner().invoke(main, ["list"], env={"COLUMNS": "200"}).output
    assert "shousi mock --chain NAME" in shown
    assert "scaled-dot-product-attention → multi-head-attention → grouped-query-attention → kv-cache-attention" in shown


def test_a_broken_chains_file_is_a_finding(tmp_path):
    from harness.catalogue import chains

    (tmp_path / "problems").mkdir()
    (tmp_path / "problems" / chains.FILE).write_text(
        '[a]\ntitle = "A"\ntitle_zh = "甲"\nproblems = ["two-sum", "nope"]\nextra = 1\n[b]\nproblems = ["two-sum"]\n')
    found = chains.findings(tmp_path, {"two-sum"})
    assert any("'nope', which is no problem" in f for f in found) and any("unknown key 'extra'" in f for f in found)
    assert any("[b] problems must list two or more" in f for f in found)
