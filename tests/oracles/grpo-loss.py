"""GRPO with Python floats, completion by completion: each group's mean and unbiased variance summed term by term
(math.fsum) over the completions g * G .. g * G + G - 1, the advantage (r - mean) / (sqrt(var) + eps); each
token's ratio exp(new - old), the surrogate min(ratio * A, clip(ratio) * A) with the clip written as two
comparisons, the KL k3 = exp(ref - new) - (ref - new) - 1; the masked tokens' losses summed with math.fsum and
divided by their count, then the completions' losses averaged.

Small inputs of both dtypes: groups of 2 to 5, 1 to 4 groups, 1 to 7 tokens, random masks with a token in each
row, binary or continuous rewards (groups all equal included), ratios on both sides of the clip range, and the
options given (0 included for beta and clip_eps) or left at their defaults.
"""

import math

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        size, groups, t = rng.randint(2, 5), rng.randint(1, 4), rng.randint(1, 7)
        n = size * groups
        dtype = rng.choice([np.float32, np.float64])
        if rng.random() < 0.4:
            rewards = (gen.random(n) < 0.5).astype(np.float64)  # 0/1: groups all equal happen often
        else:
            rewards = (gen.normal(0, 2, (groups, 1)) + gen.uniform(0.01, 3) * gen.standard_normal((groups, size)))
        mask = gen.random((n, t)) < rng.choice([0.5, 0.8, 1.0])
        mask[np.arange(n), gen.integers(0, t, n)] = True
        new = -gen.exponential(rng.choice([0.5, 2.0]), (n, t))
        old = np.minimum(new + gen.normal(0, rng.choice([0.0, 0.1, 0.5, 1.0]), (n, t)), 0.0)
        ref = np.minimum(new + gen.normal(0, rng.choice([0.05, 0.5, 1.5]), (n, t)), 0.0)
        given = {"rewards": np.asarray(rewards, dtype=np.float64).reshape(n).astype(dtype),
                 "logp_new": new.astype(dtype), "logp_old": old.astype(dtype), "logp_ref": ref.astype(dtype),
                 "mask": mask, "group_size": size}
        for name, choices in (("clip_eps", [0.0, 0.1, 0.2, 0.5]), ("beta", [0.0, 0.04, 0.3, 1.0]),
                              ("eps", [1e-4, 1e-2, 0.5])):
            if rng.random() < 0.6:
                given[name] = rng.choice(choices)
        yield given


def solve(rewards, logp_new, logp_old, logp_ref, mask, group_size, clip_eps=0.2, beta=0.04, eps=1e-4):
    r = [float(x) for x in rewards]
    advantages = []
    for start in range(0, len(r), group_size):
        group = r[start:start + group_size]
        mean = math.fsum(group) / group_size
        var = math.fsum((x - mean) ** 2 for x in group) / (group_size - 1)
        advantages += [(x - mean) / (math.sqrt(var) + eps) for x in group]
    losses = []
    for i, a in enumerate(advantages):
        terms = []
        for j in range(len(mask[i])):
            if not mask[i][j]:
                continue
            new, old, ref = float(logp_new[i][j]), float(logp_old[i][j]), float(logp_ref[i][j])
            ratio = math.exp(new - old)
            clipped = ratio
            if clipped < 1 - clip_eps:
                clipped = 1 - clip_eps
            if clipped > 1 + clip_eps:
                clipped = 1 + clip_eps
            surrogate = min(ratio * a, clipped * a)
            x = ref - new
            terms.append(-(surrogate - beta * (math.exp(x) - x - 1)))
        losses.append(math.fsum(terms) / len(terms))
    return math.fsum(losses) / len(losses), np.array(advantages).astype(rewards.dtype)
