"""The hidden cases leave no structure a wrong solution can lean on (issue 11, "Hidden tests that let wrong
solutions through"); the known exploits themselves are in tests/submissions/<id>/wrong_answer/."""

from __future__ import annotations

import math
import random

import pytest

from harness import catalogue, loader

RANDOMIZED_SET = "insert-delete-getrandom-o1"


def load(path, name: str):
    return loader.load(name, path)


def replay(cls, given: dict) -> list:
    """LeetCode's operation list run in this process: the outputs, one per call."""
    instance, outputs = cls(), [None]
    for operation, arguments in zip(given["operations"][1:], given["arguments"][1:]):
        outputs.append(getattr(instance, operation)(*arguments))
    return outputs


@pytest.fixture(scope="module")
def set_checker():
    return load(catalogue.resolve(RANDOMIZED_SET).folder / "checker.py", "randomized_set_checker")


@pytest.mark.parametrize("problem_id", [RANDOMIZED_SET])
def test_a_correct_get_random_fails_a_grade_with_probability_below_one_in_a_million(problem_id, set_checker,
                                                                                    monkeypatch):
    """Count the runs a grade tests (each failed by a correct getRandom with probability at most DELTA)."""
    problem = catalogue.resolve(problem_id)
    reference = load(problem.reference, "randomized_set_reference").RandomizedSet
    tested, real = [], set_checker.run_complaint

    def counting(positions, values, start, min_draws):
        if len(positions) >= min_draws and len(values) >= 2:
            tested.append(len(positions))
        return real(positions, values, start, min_draws)

    monkeypatch.setattr(set_checker, "run_complaint", counting)
    for case in problem.examples + problem.hidden_cases():
        outputs = replay(reference, case.input)
        assert set_checker.check(case.input, outputs, outputs, set_checker.OPTIONS).ok, case.note
    assert len(tested) >= 6, "long runs on small and large sets"
    assert len(tested) * set_checker.DELTA < 1e-6


def a_run(size: int, draws: list[int]) -> tuple[dict, list]:
    """Insert 0..size-1, then one getRandom per draw: the case and the outputs that return `draws`."""
    given = {"operations": ["RandomizedSet"] + ["insert"] * size + ["getRandom"] * len(draws),
             "arguments": [[]] + [[v] for v in range(size)] + [[] for _ in draws]}
    return given, [None] + [True] * size + list(draws)


def verdict_on(set_checker, size: int, draws: list[int]) -> str:
    given, outputs = a_run(size, draws)
    outcome = set_checker.check(given, outputs, outputs, set_checker.OPTIONS)
    return "accepted" if outcome.ok else outcome.message


@pytest.mark.parametrize("problem_id", [RANDOMIZED_SET])
def test_uniform_independent_draws_pass_and_each_kind_of_bias_fails(problem_id, set_checker):
    rng = random.Random(5)
    fair = [rng.randrange(1000) for _ in range(40_000)]
    assert verdict_on(set_checker, 1000, fair) == "accepted"
    assert verdict_on(set_checker, 3, [d % 3 for d in fair]) == "accepted"
    cycling = [i % 1000 for i in range(40_000)]
    assert "not independent" in verdict_on(set_checker, 1000, cycling)
    # the first eighth of the list comes out 1.5 times as often as the rest
    weighted = rng.choices(range(1000), weights=[1.5 if v < 125 else 1 for v in range(1000)], k=40_000)
    assert "not uniform" in verdict_on(set_checker, 1000, weighted)
    # each draw repeated once: pairs 1-2, 3-4, ... are on the diagonal
    assert "not independent" in verdict_on(set_checker, 4, [d % 4 for d in fair[:20_000] for _ in (0, 1)])
    # the same, shifted by one: only the pairs 2-3, 4-5, ... show it
    shifted = [fair[0] % 4] + [d % 4 for d in fair[1:20_000] for _ in (0, 1)]
    assert "not independent" in verdict_on(set_checker, 4, shifted)


def low_bits_table(bits: int, keep_first: bool):
    """two-sum by a table of 2^bits slots indexed by the low bits, holding indices, never the keys."""
    def two_sum(nums, target):
        slots, mask = [-1] * (1 << bits), (1 << bits) - 1
        for j, x in enumerate(nums):
            i = slots[(target - x) & mask]
            if i >= 0 and nums[i] + x == target:
                return [i, j]
            if not keep_first or slots[x & mask] < 0:
                slots[x & mask] = j
        return []
    return two_sum


@pytest.mark.parametrize("problem_id", ["two-sum"])
@pytest.mark.parametrize("bits", [2, 10, 16, 20])
@pytest.mark.parametrize("keep_first", [False, True])
def test_a_fixed_size_table_that_never_stores_the_key_fails_some_case(problem_id, bits, keep_first):
    problem = catalogue.resolve(problem_id)
    from harness import checkers

    check, two_sum = checkers.load(problem.checker, problem.folder), low_bits_table(bits, keep_first)
    cases = problem.hidden_cases()
    assert any(not check(c.input, c.expected, two_sum(c.input["nums"], c.input["target"])).ok for c in cases)


@pytest.mark.parametrize("problem_id", ["two-sum"])
def test_the_large_random_cases_take_every_residue(problem_id):
    """No filler from a few residue classes: each large case but the sorted one spreads over the low 10 bits."""
    large = [c for c in catalogue.resolve(problem_id).hidden_cases() if len(c.input["nums"]) == 10_000]
    assert len(large) >= 10
    for case in large:
        if "sorted" not in case.note:
            assert len({x % 1024 for x in case.input["nums"]}) > 1000, case.note


@pytest.mark.parametrize("problem_id", ["softmax"])
def test_softmax_meets_float32_near_the_bound_and_inf_beside_finite_entries_near_minus_1e4(problem_id):
    import numpy as np

    cases = [c.input for c in catalogue.resolve(problem_id).hidden_cases()]
    slices = [np.moveaxis(given["x"], given.get("axis", -1), -1).reshape(-1, given["x"].shape[given.get("axis", -1)])
              for given in cases]
    near_the_bound = [(x.dtype, row.max()) for x in slices for row in x if abs(row.max()) > 9000 and np.ptp(row) > 1]
    assert any(dtype == np.float32 for dtype, _ in near_the_bound), "float32 slices near +-10^4 with spread"
    masked_low = [x.dtype for x in slices for row in x if np.isneginf(row).any() and -1e4 <= row.max() <= -9980]
    assert {np.dtype(np.float32), np.dtype(np.float64)} <= set(masked_low), "-inf beside finite entries near -10^4"


def attention_scores(problem_id: str, given: dict):
    """The scores (..., Lq, Lk) of a case in float64, and the mask broadcast to them."""
    import numpy as np

    f64 = {name: np.asarray(a, dtype=np.float64) for name, a in given.items() if isinstance(a, np.ndarray)}
    if problem_id == "scaled-dot-product-attention":
        scores = f64["q"] @ np.swapaxes(f64["k"], -1, -2) / math.sqrt(given["q"].shape[-1])
    else:
        (b, lq, e), lk, h = given["query"].shape, given["key"].shape[1], given["num_heads"]
        w, bias = f64["in_proj_weight"], f64["in_proj_bias"]
        q = (f64["query"] @ w[:e].T + bias[:e]).reshape(b, lq, h, e // h).transpose(0, 2, 1, 3)
        k = (f64["key"] @ w[e:2 * e].T + bias[e:2 * e]).reshape(b, lk, h, e // h).transpose(0, 2, 1, 3)
        scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(e // h)
    return scores, np.broadcast_to(given.get("mask", True), scores.shape)


@pytest.mark.parametrize("problem_id, floor", [("scaled-dot-product-attention", -5e4), ("multi-head-attention", -1e9)])
def test_attention_masks_meet_allowed_scores_far_below_a_finite_fill(problem_id, floor):
    """Some case masks keys in rows whose allowed scores all lie below `floor`, and blocks whole rows too."""
    import numpy as np

    found = []
    for case in catalogue.resolve(problem_id).hidden_cases():
        if case.raises or case.input.get("mask") is None:
            continue
        scores, mask = attention_scores(problem_id, case.input)
        allowed_max = np.where(mask, scores, -np.inf).max(axis=-1)
        partly = mask.any(axis=-1) & ~mask.all(axis=-1)
        if (partly & (allowed_max < floor)).any() and (~mask.any(axis=-1)).any():
            found.append(case.input["q" if "q" in case.input else "query"].dtype)
    assert np.dtype(np.float64) in found
