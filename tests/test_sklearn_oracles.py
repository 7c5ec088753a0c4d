"""The classic-ML references agree with scikit-learn on every example and hidden case (tests/sklearn_oracles/<id>.py).

A scikit-learn oracle module defines `solve(**given)`, the problem's answer computed with the library's own
estimator or metric (`sklearn.metrics.roc_auc_score`, `sklearn.cluster.KMeans`...: the calls a solution may not
use), returned as the reference returns it, and optionally `applies(given) -> bool` where the library's definition
differs from the contract's on some inputs (k-means relocating an empty cluster, say). In float64 the library
matches the reference to `CLOSE` of the largest |expected| (integers and labels exactly). Skipped cleanly when
scikit-learn is not installed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from harness import catalogue, loader
from test_torch_oracles import assert_close, reference_answer, widened

ORACLES = Path(__file__).resolve().parent / "sklearn_oracles"
CLOSE = 1e-9  # of the largest |expected|: float64 against float64, different summation orders


def oracle_ids() -> list[str]:
    return sorted(path.stem for path in ORACLES.glob("*.py"))


@pytest.mark.parametrize("problem_id", oracle_ids())
def test_reference_agrees_with_scikit_learn(problem_id):
    pytest.importorskip("sklearn")
    problem = catalogue.resolve(problem_id)
    oracle = loader.load(f"shousi_sklearn_oracle_{problem_id.replace('-', '_')}", ORACLES / f"{problem_id}.py")
    applies = getattr(oracle, "applies", lambda given: True)
    cases = [case for case in problem.examples + problem.hidden_cases()
             if not case.raises and applies(case.input)]
    assert cases, f"{problem_id}: no case the library's definition applies to"
    for case in cases:
        given = widened(case.input)
        assert_close(oracle.solve(**given), reference_answer(problem, given), CLOSE,
                     f"{problem_id}, {case.name} ({case.note}): scikit-learn")
