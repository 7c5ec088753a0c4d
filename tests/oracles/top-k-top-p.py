"""Top-k, then top-p, row by row with Python floats: a sorted list for the k-th largest (duplicates counted), math.exp
and math.fsum for the softmax over the kept tokens, then tokens taken one at a time in descending probability (ties:
lower index first) until their running sum reaches top_p, and a second fsum to renormalise.

Small inputs of both dtypes: rows of 1 to 12 tokens, often with ties (logits drawn from a few values), top_k from 0
to V + 2, top_p from 0.05 to 1, temperatures from 0.05 to 20; inputs where rounding could decide a cut (as the
hidden cases' `unambiguous` judges it) are drawn again.
"""

import math
from pathlib import Path

import numpy as np

from harness import loader

CASES = loader.load("shousi_cases_top_k_top_p_for_oracle",
                    Path(__file__).resolve().parents[2] / "problems" / "top-k-top-p" / "cases.py")


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        dtype = rng.choice([np.float32, np.float64])
        shape = tuple(rng.randint(1, 3) for _ in range(rng.randint(0, 2))) + (rng.randint(1, 12),)
        if rng.random() < 0.5:
            logits = gen.choice([-2.0, -0.5, 0.0, 1.25, 3.0], size=shape)
        else:
            logits = gen.normal(0.0, rng.choice([0.5, 2.0, 8.0]), shape)
        given = {"logits": logits.clip(-100, 100).astype(dtype),
                 "temperature": rng.choice([1.0, 1.0, 0.05, 0.3, 0.7, 2.0, 20.0]),
                 "top_k": rng.choice([0, 0, 1, 2, 3, 5, shape[-1], shape[-1] + 2]),
                 "top_p": rng.choice([1.0, 1.0, 0.05, 0.3, 0.5, 0.8, 0.95])}
        try:
            CASES.validate(given)
        except AssertionError:
            continue
        yield given


def filtered(row, temperature, top_k, top_p):
    z = [v / temperature for v in row]
    keep = [True] * len(z)
    if 0 < top_k < len(z):
        kth = sorted(z, reverse=True)[top_k - 1]
        keep = [v >= kth for v in z]
    top = max(v for v, k in zip(z, keep) if k)
    weights = [math.exp(v - top) if k else 0.0 for v, k in zip(z, keep)]
    total = math.fsum(weights)
    probs = [w / total for w in weights]
    if top_p < 1.0:
        nucleus, mass = set(), 0.0
        for i in sorted(range(len(z)), key=lambda i: (-probs[i], i)):
            nucleus.add(i)
            mass += probs[i]
            if mass >= top_p:
                break
        probs = [p if i in nucleus else 0.0 for i, p in enumerate(probs)]
        total = math.fsum(probs)
        probs = [p / total for p in probs]
    return probs


def solve(logits, temperature=1.0, top_k=0, top_p=1.0):
    rows = logits.reshape(-1, logits.shape[-1]).astype(np.float64).tolist()
    out = [filtered(row, temperature, top_k, top_p) for row in rows]
    return np.array(out, dtype=np.float64).reshape(logits.shape).astype(logits.dtype)
