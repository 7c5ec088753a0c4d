"""Each reference agrees with an independent brute-force oracle (tests/oracles/<id>.py) on small random inputs.

An oracle module defines `inputs(rng)`, yielding small inputs, and `solve(**given)`, a slow but obviously
correct answer. The problem's own checker compares the two, so "any order" problems are compared fairly.
"""

from __future__ import annotations

import copy
import importlib.util
import random
from pathlib import Path

import pytest

from harness import catalogue
from harness import checkers
from harness.sandbox.worker import call_arguments, find_entry, load_module, run_design

ORACLES = Path(__file__).resolve().parent / "oracles"
TRIALS = 300


def oracle_ids() -> list[str]:
    return sorted(path.stem.replace("_", "-") for path in ORACLES.glob("*.py"))


def load_oracle(problem_id: str):
    path = ORACLES / f"{problem_id.replace('-', '_')}.py"
    spec = importlib.util.spec_from_file_location(f"oracle_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reference_answer(problem, given: dict):
    """Call the reference in this process, as the worker would."""
    make = find_entry(load_module(str(problem.reference)), problem.entry, problem.kind)
    given = copy.deepcopy(given)
    if problem.kind == "design":
        return run_design(make(), given["operations"], given["arguments"])
    args, kwargs = call_arguments(list(problem.params), given)
    return make()(*args, **kwargs)


def test_every_problem_has_an_oracle():
    assert set(oracle_ids()) >= {p.id for p in catalogue.problems()}


@pytest.mark.parametrize("problem_id", oracle_ids())
def test_reference_agrees_with_the_oracle(problem_id):
    problem, oracle = catalogue.resolve(problem_id), load_oracle(problem_id)
    check = checkers.load(problem.checker, problem.folder)
    rng = random.Random(problem_id)
    for trial, given in zip(range(TRIALS), oracle.inputs(rng)):
        expected = oracle.solve(**copy.deepcopy(given))
        outcome = check(given, expected, reference_answer(problem, given))
        assert outcome.ok, f"trial {trial}, input {given}: {outcome.message}"
