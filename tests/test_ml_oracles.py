"""The NumPy references of softmax, scaled-dot-product-attention and multi-head-attention against independent
computations on every example and hidden case: float64 loops written here (one slice or query row at a time,
a sample of the rows on large cases), and PyTorch (`torch.softmax`, `F.scaled_dot_product_attention`,
`nn.MultiheadAttention`) when it is installed. Also: PyTorch in the input's own dtype passes each problem's
checker, and multi_head_attention raises ValueError when E % num_heads != 0.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from harness import catalogue
from harness import checkers
from harness.sandbox.usercode import call_arguments, find_entry, load_module

PROBLEMS = ("softmax", "scaled-dot-product-attention", "multi-head-attention")
SAMPLED_ROWS = 40  # loop-checked rows per case (every row when there are fewer)
# The reference computes in float64: against float64 loops it is exact to rounding; its float32 answers are the
# float64 ones rounded once.
CLOSE = {np.dtype(np.float64): (1e-10, 1e-12), np.dtype(np.float32): (1e-6, 1e-12)}


def reference(problem):
    return find_entry(load_module(str(problem.reference)), problem.entry, problem.kind)()


def answer(problem, given):
    args, kwargs = call_arguments(list(problem.params), given)
    return reference(problem)(*args, **kwargs)


def all_cases(problem_id):
    problem = catalogue.resolve(problem_id)
    return problem, [case for case in problem.examples + problem.hidden_cases() if not case.raises]


def sample(n, seed):
    """Row indices to loop-check: all of them, or a seeded sample that includes the first and the last."""
    if n <= SAMPLED_ROWS:
        return list(range(n))
    rng = random.Random(seed)
    return sorted({0, n - 1, *rng.sample(range(n), SAMPLED_ROWS - 2)})


def assert_close(got, want, dtype, what):
    rtol, atol = CLOSE[np.dtype(dtype)]
    np.testing.assert_allclose(np.asarray(got, dtype=np.float64), want, rtol=rtol, atol=atol, err_msg=what)


def attend(scores: dict, values) -> list:
    """softmax over the allowed keys' scores, then the weighted sum of their value rows; zeros if none allowed."""
    if not scores:
        return [0.0] * len(values[0]) if len(values) else []
    top = max(scores.values())
    weights = {j: math.exp(s - top) for j, s in scores.items()}
    total = math.fsum(weights.values())
    return [math.fsum(w * values[j][c] for j, w in weights.items()) / total for c in range(len(values[0]))]


# ---- float64 loops ----------------------------------------------------------------------------------------------

def loop_softmax_row(row: list) -> list:
    top = max(row)
    exps = [math.exp(v - top) for v in row]
    total = math.fsum(exps)
    return [e / total for e in exps]


def loop_attention_row(q_row, k_rows, v_rows, allowed_row) -> list:
    d = len(q_row)
    scores = {j: math.fsum(a * b for a, b in zip(q_row, k_rows[j])) / math.sqrt(d)
              for j in range(len(k_rows)) if allowed_row[j]}
    return attend(scores, v_rows)


def loop_project(x, W, bias, first) -> list:
    """Every token of x through rows first..first+E-1 of W: one dot product per output feature."""
    e = x.shape[-1]
    return [[float(np.dot(W[first + o], token)) + float(bias[first + o]) for o in range(e)] for token in x]


def test_softmax_matches_loops():
    problem, cases = all_cases("softmax")
    for case in cases:
        x, axis = case.input["x"], case.input.get("axis", -1)
        got = np.moveaxis(answer(problem, case.input), axis, -1)
        rows = np.moveaxis(x, axis, -1).reshape(-1, x.shape[axis]).astype(np.float64)
        got = got.reshape(rows.shape)
        for r in sample(len(rows), case.name):
            assert_close(got[r], loop_softmax_row(rows[r].tolist()), x.dtype, f"{case.name} ({case.note}), slice {r}")


def test_scaled_dot_product_attention_matches_loops():
    problem, cases = all_cases("scaled-dot-product-attention")
    for case in cases:
        q, k, v, mask = (case.input.get(name) for name in ("q", "k", "v", "mask"))
        batch, lq, lk = q.shape[:-2], q.shape[-2], k.shape[-2]
        allowed = np.broadcast_to(True if mask is None else mask, (*batch, lq, lk))
        got = answer(problem, case.input)
        pairs = [(b, i) for b in np.ndindex(*batch) for i in range(lq)]
        for index in sample(len(pairs), case.name):
            b, i = pairs[index]
            kb, vb = k[b].astype(np.float64).tolist(), v[b].astype(np.float64).tolist()
            want = loop_attention_row(q[b][i].astype(np.float64).tolist(), kb, vb, allowed[b][i])
            assert_close(got[b][i], want, q.dtype, f"{case.name} ({case.note}), batch {b}, query {i}")


def test_multi_head_attention_matches_loops():
    problem, cases = all_cases("multi-head-attention")
    for case in cases:
        given = case.input
        query, key, value, h = given["query"], given["key"], given["value"], given["num_heads"]
        W, bias = given["in_proj_weight"].astype(np.float64), given["in_proj_bias"].astype(np.float64)
        Wo, bo = given["out_proj_weight"].astype(np.float64), given["out_proj_bias"].astype(np.float64)
        B, lq, e = query.shape
        lk, size = key.shape[1], e // h
        allowed = np.broadcast_to(True if given.get("mask") is None else given["mask"], (B, h, lq, lk))
        got = answer(problem, given)
        pairs = [(b, i) for b in range(B) for i in range(lq)]
        projected = {}
        for index in sample(len(pairs), case.name):
            b, i = pairs[index]
            if b not in projected:
                projected[b] = (loop_project(key[b].astype(np.float64), W, bias, e),
                                loop_project(value[b].astype(np.float64), W, bias, 2 * e))
            k_rows, v_rows = projected[b]
            q_row = loop_project(query[b][i:i + 1].astype(np.float64), W, bias, 0)[0]
            concat = []
            for head in range(h):
                f = slice(head * size, (head + 1) * size)
                concat += loop_attention_row(q_row[f], [r[f] for r in k_rows], [r[f] for r in v_rows], allowed[b, head, i])
            want = [math.fsum(Wo[o][c] * concat[c] for c in range(e)) + bo[o] for o in range(e)]
            assert_close(got[b][i], want, query.dtype, f"{case.name} ({case.note}), batch {b}, query {i}")


def test_multi_head_attention_rejects_heads_that_do_not_divide_e():
    problem = catalogue.resolve("multi-head-attention")
    rng = np.random.default_rng(0)
    for e, h in [(6, 4), (8, 3), (5, 2), (2, 4)]:
        x = rng.standard_normal((1, 3, e))
        given = {"query": x, "key": x, "value": x, "num_heads": h,
                 "in_proj_weight": rng.standard_normal((3 * e, e)), "in_proj_bias": np.zeros(3 * e),
                 "out_proj_weight": rng.standard_normal((e, e)), "out_proj_bias": np.zeros(e)}
        with pytest.raises(ValueError):
            answer(problem, given)


# ---- PyTorch ------------------------------------------------------------------------------------------------------

def torch_checked(problem, case, got_native, got64, want, keep=None):
    """PyTorch in the input's dtype passes the problem's checker; in float64 it matches the reference closely."""
    check = checkers.load(problem.checker, problem.folder)
    outcome = check(case.input, want, got_native)
    assert outcome.ok, f"{case.name} ({case.note}): PyTorch in the input's dtype is rejected: {outcome.message}"
    want64 = want.astype(np.float64)
    if keep is not None:
        got64, want64 = got64[keep], want64[keep]
    rtol, atol = (1e-9, 1e-11) if want.dtype == np.float64 else (1e-6, 1e-9)  # float32: the reference's rounding
    np.testing.assert_allclose(got64, want64, rtol=rtol, atol=atol, err_msg=f"{case.name} ({case.note}): PyTorch in float64")


def test_softmax_matches_torch():
    torch = pytest.importorskip("torch")
    problem, cases = all_cases("softmax")
    for case in cases:
        x, axis = case.input["x"], case.input.get("axis", -1)
        want = answer(problem, case.input)
        native = torch.softmax(torch.from_numpy(x), dim=axis).numpy()
        wide = torch.softmax(torch.from_numpy(x.astype(np.float64)), dim=axis).numpy()
        torch_checked(problem, case, native, wide, want)


def test_scaled_dot_product_attention_matches_torch():
    torch = pytest.importorskip("torch")
    F = torch.nn.functional
    problem, cases = all_cases("scaled-dot-product-attention")
    for case in cases:
        q, k, v, mask = (case.input.get(name) for name in ("q", "k", "v", "mask"))
        want = answer(problem, case.input)
        attn_mask = None if mask is None else torch.from_numpy(mask)
        seen = np.broadcast_to(True if mask is None else mask, (*q.shape[:-1], k.shape[-2])).any(axis=-1)
        results = []
        for dtype in (q.dtype, np.float64):
            out = F.scaled_dot_product_attention(*(torch.from_numpy(a.astype(dtype)) for a in (q, k, v)),
                                                 attn_mask=attn_mask).numpy()
            results.append(np.where(seen[..., None], out, 0).astype(dtype))  # older PyTorch: NaN on blind rows
        assert not want[~seen].any(), f"{case.name}: a query that sees no key must give zeros"
        torch_checked(problem, case, results[0], results[1], want)


def test_multi_head_attention_matches_torch():
    torch = pytest.importorskip("torch")
    problem, cases = all_cases("multi-head-attention")
    for case in cases:
        given = case.input
        query, h, mask = given["query"], given["num_heads"], given.get("mask")
        B, lq, e = query.shape
        lk = given["key"].shape[1]
        want = answer(problem, given)
        allowed = np.broadcast_to(True if mask is None else mask, (B, h, lq, lk))
        head_blind = ~allowed.any(axis=-1)  # (B, H, Lq): this head sees no key
        blind = head_blind.all(axis=1)  # (B, Lq): no head sees a key
        assert np.array_equal(want[blind], np.broadcast_to(given["out_proj_bias"], want[blind].shape)), \
            f"{case.name}: a query that sees no key in any head gives out_proj_bias"
        results = []
        for dtype in (query.dtype, np.float64):
            t = lambda name: torch.from_numpy(given[name].astype(dtype))  # noqa: E731
            layer = torch.nn.MultiheadAttention(e, h, batch_first=True, dtype=t("query").dtype)
            with torch.no_grad():
                layer.in_proj_weight.copy_(t("in_proj_weight"))
                layer.in_proj_bias.copy_(t("in_proj_bias"))
                layer.out_proj.weight.copy_(t("out_proj_weight"))
                layer.out_proj.bias.copy_(t("out_proj_bias"))
                attn_mask = None if mask is None else torch.from_numpy(~allowed.reshape(B * h, lq, lk))
                out, _ = layer(t("query"), t("key"), t("value"), attn_mask=attn_mask, need_weights=False)
            results.append(out.numpy())
        # PyTorch before 2.5 or so gave NaN where a head sees no key; compare the rows it computed.
        keep = np.isfinite(results[1]).all(axis=-1)
        assert keep[~head_blind.any(axis=1)].all(), f"{case.name}: PyTorch gave NaN where every head sees a key"
        native = np.where(keep[..., None], results[0], want)
        torch_checked(problem, case, native, results[1], want, keep)
