"""PPO's clipped loss with Python floats, element by element, exactly as written: r = exp(new - old) (the exponent
capped at 700, which changes nothing: a log-ratio above 700 only occurs where A >= 0, where the clipped 1 + eps
wins), -min(r * A, clip(r, 1 - eps, 1 + eps) * A), summed with math.fsum over the kept elements and divided by
their count.

Small inputs of both dtypes, 1-D and 2-D, with and without a mask: ratios in and out of the clip band, advantages
of both signs and exactly 0, log-ratios up to 10^4 where A >= 0 and up to 20 where A < 0, log-probs down to -10^4.
"""

import math

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        shape = rng.choice([(rng.randint(1, 8),), (rng.randint(1, 4), rng.randint(1, 6))])
        dtype = rng.choice([np.float32, np.float64])
        eps = rng.choice([None, 0.05, 0.1, 0.2, 0.3, 0.5])
        a = gen.normal(rng.choice([-1.0, 0.0, 1.0]), rng.choice([0.5, 2.0, 20.0]), shape)
        a[gen.random(shape) < 0.15] = 0.0
        a = np.clip(a, -100, 100)
        d = gen.normal(0, rng.choice([0.1, 0.5, 3.0]), shape)
        far = gen.random(shape) < 0.1
        d[far] = gen.uniform(-9000, 9000, far.sum())
        d = np.where(a < 0, np.minimum(d, 19.9), d)
        top = -gen.uniform(0, rng.choice([1.0, 50.0, 900.0]), shape)
        given = {"logp_new": (top + np.minimum(d, 0)).astype(dtype), "logp_old": (top - np.maximum(d, 0)).astype(dtype),
                 "advantages": a.astype(dtype)}
        if eps is not None:
            given["clip_eps"] = eps
        if rng.random() < 0.6:
            mask = gen.random(shape) < rng.choice([0.3, 0.7, 1.0])
            if not mask.any():
                mask.flat[rng.randrange(mask.size)] = True
            given["mask"] = mask
        yield given


def solve(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    news, olds, advs = (x.reshape(-1).tolist() for x in (logp_new, logp_old, advantages))
    keep = [True] * len(news) if mask is None else mask.reshape(-1).tolist()
    terms = []
    for new, old, a, kept in zip(news, olds, advs, keep):
        if not kept:
            continue
        r = math.exp(min(new - old, 700.0))
        clipped = min(max(r, 1 - clip_eps), 1 + clip_eps)
        terms.append(-min(r * a, clipped * a))
    return math.fsum(terms) / len(terms)
