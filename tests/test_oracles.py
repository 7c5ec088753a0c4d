"""Each reference agrees with an independent brute-force oracle (tests/oracles/<id>.py) on small random inputs.

An oracle module defines `inputs(rng)`, yielding small inputs, and `solve(**given)`, a slow but obviously
correct answer. The problem's own checker compares the two, so "any order" problems are compared fairly. The
comparison is `shousi check`'s own (harness.catalogue.check.oracle_disagreement).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from harness import catalogue
from harness.catalogue import check

ORACLES = Path(__file__).resolve().parent / "oracles"
TRIALS = 300


def oracle_ids() -> list[str]:
    return sorted(path.stem for path in ORACLES.glob("*.py"))


def test_every_problem_has_an_oracle():
    assert set(oracle_ids()) >= {p.id for p in catalogue.problems()}


@pytest.mark.parametrize("problem_id", oracle_ids())
def test_reference_agrees_with_the_oracle(problem_id):
    """The reference runs in a worker, as the grader runs it; the checker compares its answers with the oracle's."""
    disagreement = check.oracle_disagreement(catalogue.resolve(problem_id), ORACLES / f"{problem_id}.py", TRIALS)
    assert disagreement is None, disagreement
