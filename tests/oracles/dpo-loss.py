"""DPO with Python floats, pair by pair: the margin in TRL's order, (pc - pr) - (rc - rr), times beta; log
sigmoid(x) by cases, x - log1p(exp(x)) for x < 0 and -log1p(exp(-x)) otherwise (the exponent is never positive);
the losses summed with math.fsum and divided by B.

Small inputs of both dtypes: margins from near 0 to +-10^4, beta and label smoothing varied or left at their
defaults, log-probs <= 0 with reference and policy unlike each other.
"""

import math

import numpy as np

NAMES = ("policy_chosen_logps", "policy_rejected_logps", "reference_chosen_logps", "reference_rejected_logps")


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        b = rng.randint(1, 6)
        dtype = rng.choice([np.float32, np.float64])
        beta = rng.choice([None, 0.01, 0.1, 0.5, 1.0, 3.0, 10.0])
        ls = rng.choice([None, 0.0, 0.1, 0.25, 0.5])
        spread = rng.choice([0.1, 2.0, 50.0, 1000.0])
        logps = [-gen.uniform(0, 1000, b) - np.abs(gen.normal(0, spread, b)) for _ in NAMES]
        given = {name: a.astype(dtype) for name, a in zip(NAMES, logps)}
        b_ = 0.1 if beta is None else beta
        pc, pr, rc, rr = (given[name].astype(np.float64) for name in NAMES)
        if np.abs(b_ * ((pc - rc) - (pr - rr))).max() > 1e4:
            continue
        if beta is not None:
            given["beta"] = beta
        if ls is not None:
            given["label_smoothing"] = ls
        yield given


def log_sigmoid(x):
    return x - math.log1p(math.exp(x)) if x < 0 else -math.log1p(math.exp(-x))


def solve(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps, beta=0.1,
          label_smoothing=0.0):
    losses, chosen, rejected = [], [], []
    for pc, pr, rc, rr in zip(*(map(float, a) for a in (policy_chosen_logps, policy_rejected_logps,
                                                         reference_chosen_logps, reference_rejected_logps))):
        margin = beta * ((pc - pr) - (rc - rr))
        losses.append(-(1 - label_smoothing) * log_sigmoid(margin) - label_smoothing * log_sigmoid(-margin))
        chosen.append(beta * (pc - rc))
        rejected.append(beta * (pr - rr))
    dtype = policy_chosen_logps.dtype
    return math.fsum(losses) / len(losses), np.array(chosen, dtype=dtype), np.array(rejected, dtype=dtype)
