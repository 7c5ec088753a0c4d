"""Each ML reference agrees with PyTorch on every example and hidden case (tests/torch_oracles/<id>.py).

A torch oracle module defines `solve(**given)`, the problem's answer computed with PyTorch's own operations
(`F.layer_norm`, `F.scaled_dot_product_attention`, ...: the calls a solution may not use), in the dtype of the
arrays it is given, returned as NumPy (tuples and lists of arrays for problems that answer with several, the
outputs of every call for a design problem). Two checks per case:

- in float64 (every floating input cast up), PyTorch matches the reference closely: to 1e-9 of the largest
  |expected| for a float64 case; for a float32 case, to 1e-6, the rounding of the reference's float32 answer;
- in the case's own dtype, PyTorch's answer passes the problem's checker: the tolerances are not tighter than
  what the library itself achieves.

Skipped cleanly when torch is not installed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from harness import catalogue, checkers, loader
from harness.sandbox.usercode import call_arguments, find_entry, load_module, run_design

ORACLES = Path(__file__).resolve().parent / "torch_oracles"
CLOSE = {np.dtype(np.float64): 1e-9, np.dtype(np.float32): 1e-6}  # of the largest |expected|


def oracle_ids() -> list[str]:
    return sorted(path.stem for path in ORACLES.glob("*.py"))


def widened(value):
    """`value` with every floating array (also inside lists, tuples and dicts) cast to float64."""
    if isinstance(value, np.ndarray):
        return value.astype(np.float64) if value.dtype.kind == "f" else value
    if isinstance(value, (list, tuple)):
        return type(value)(widened(item) for item in value)
    if isinstance(value, dict):
        return {key: widened(item) for key, item in value.items()}
    return value


def case_dtype(value) -> np.dtype | None:
    """The dtype of the first floating array in a case's input."""
    if isinstance(value, np.ndarray):
        return value.dtype if value.dtype.kind == "f" else None
    items = value.values() if isinstance(value, dict) else value if isinstance(value, (list, tuple)) else ()
    return next((found for item in items if (found := case_dtype(item)) is not None), None)


def reference_answer(problem, given):
    target = find_entry(load_module(str(problem.reference)), problem.entry, problem.kind)()
    if problem.kind == "design":
        return run_design(target, given["operations"], given["arguments"])
    args, kwargs = call_arguments(list(problem.params), given)
    return target(*args, **kwargs)


def assert_close(got, want, tolerance: float, where: str) -> None:
    """Arrays and numbers (also inside lists, tuples and dicts) within `tolerance` of the largest |want|; else
    equal."""
    if isinstance(want, dict):
        assert isinstance(got, dict) and set(got) == set(want), f"{where}: keys {sorted(got)} != {sorted(want)}"
        for key in want:
            assert_close(got[key], want[key], tolerance, f"{where}, key {key!r}")
        return
    if isinstance(want, (list, tuple)):
        assert isinstance(got, (list, tuple)) and len(got) == len(want), f"{where}: {type(got).__name__} of {len(got)}"
        for index, (mine, theirs) in enumerate(zip(got, want)):
            assert_close(mine, theirs, tolerance, f"{where}, item {index}")
        return
    if want is None or isinstance(want, (bool, int, str)):
        assert got == want, f"{where}: {got!r} != {want!r}"
        return
    want64, got64 = np.asarray(want, dtype=np.float64), np.asarray(got, dtype=np.float64)
    assert got64.shape == want64.shape, f"{where}: shape {got64.shape} != {want64.shape}"
    scale = max(1e-300, float(np.abs(want64[np.isfinite(want64)]).max(initial=0.0)))
    np.testing.assert_allclose(got64, want64, rtol=0, atol=tolerance * scale, equal_nan=True, err_msg=where)


@pytest.fixture(scope="module")
def torch():
    return pytest.importorskip("torch")


@pytest.mark.parametrize("problem_id", oracle_ids())
def test_reference_agrees_with_pytorch(problem_id, torch):
    problem = catalogue.resolve(problem_id)
    oracle = loader.load(f"shousi_torch_oracle_{problem_id.replace('-', '_')}", ORACLES / f"{problem_id}.py")
    check = checkers.load(problem.checker, problem.folder)
    cases = [case for case in problem.examples + problem.hidden_cases() if not case.raises and not case.gradient]
    assert cases
    for case in cases:
        where = f"{problem_id}, {case.name} ({case.note})"
        want = reference_answer(problem, case.input)
        dtype = case_dtype(case.input) or np.dtype(np.float64)
        assert_close(oracle.solve(**widened(case.input)), want, CLOSE[dtype], f"{where}: PyTorch in float64")
        native = oracle.solve(**case.input)
        outcome = check(case.input, want, native)
        assert outcome.ok, f"{where}: PyTorch in {dtype} is rejected by the checker: {outcome.message}"


@pytest.mark.parametrize("dtype, within", [(np.float64, 1e-12), (np.float32, 1e-4)])
@pytest.mark.parametrize("hyper", [{}, {"lr": 3e-3, "beta2": 0.95, "weight_decay": 0.1},
                                   {"lr": 0.3, "weight_decay": 0.5}])
def test_the_adamw_reference_chained_over_1000_steps_follows_torch_optim_adamw(dtype, within, hyper, torch):
    """The contract's "exactly torch.optim.AdamW", where it matters: 1,000 steps in a row, each feeding the next,
    from zero moments, with gradients from 1e-9 to 10 (float32's own drift over them is ~1e-5)."""
    problem = catalogue.resolve("adamw")
    step = load_module(str(problem.reference)).adamw_step
    oracle = loader.load("shousi_torch_oracle_adamw", ORACLES / "adamw.py")
    gen = np.random.default_rng([1000, len(hyper)])
    start = gen.normal(0, 0.05, (16, 8)).astype(dtype)
    grads = [gen.normal(0, 1, (16, 8)).astype(dtype) * dtype(10.0 ** gen.uniform(-9, 1)) for _ in range(1000)]
    state = start, np.zeros_like(start), np.zeros_like(start)
    for t, grad in enumerate(grads, start=1):
        state = step(state[0], grad, state[1], state[2], t, **hyper)
    for name, mine, theirs in zip(("param", "exp_avg", "exp_avg_sq"), state, oracle.chain(start, grads, **hyper)):
        assert mine.dtype == dtype
        assert_close(mine, theirs, within, f"adamw chained, {np.dtype(dtype).name}, {hyper}: {name}")
