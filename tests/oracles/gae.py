"""GAE by its definition, with Python floats: A_t = sum over l of (gamma * lam)^l * delta_{t+l}, the sum written
out term by term (math.fsum) and cut after the episode's last step (the first done at or after t), with each
delta_{t+l} = r + gamma * V_next - V, V_next dropped at a done and equal to last_value after the rollout's end.
No recursion: every A_t is summed on its own, in O(T^2).

Small inputs of both dtypes: T from 1 to 24, dones none, some, runs of them, or all, gamma and lam anywhere in
[0, 1] (0 and 1 included; gamma * lam <= 0.999 in float32), rewards and values at several scales.
"""

import math

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        t = rng.randint(1, 24)
        dtype = rng.choice([np.float32, np.float64])
        share = rng.choice([0.0, 0.1, 0.3, 0.6, 1.0])
        dones = gen.random(t) < share
        if rng.random() < 0.3:  # a run of consecutive dones
            start = rng.randrange(t)
            dones[start:start + rng.randint(1, 4)] = True
        scale = rng.choice([0.1, 1.0, 30.0])
        given = {
            "rewards": gen.normal(rng.uniform(-1, 1) * scale, scale, t).astype(dtype),
            "values": gen.normal(rng.uniform(-3, 3) * scale, scale, t).astype(dtype),
            "dones": dones,
            "last_value": float(dtype(gen.normal(0, 3 * scale))),
        }
        if rng.random() < 0.8:
            given["gamma"] = rng.choice([0.0, 0.5, 0.9, 0.99, 1.0, rng.random()])
        if rng.random() < 0.8:
            given["lam"] = rng.choice([0.0, 0.5, 0.95, 1.0, rng.random()])
        if dtype is np.float32 and given.get("gamma", 0.99) * given.get("lam", 0.95) > 0.999:
            continue  # the float32 bound of the hidden cases
        yield given


def solve(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    t_max = len(rewards)
    r, v, d = [float(x) for x in rewards], [float(x) for x in values], [bool(x) for x in dones]

    def delta(t):
        if d[t]:
            return r[t] - v[t]
        following = v[t + 1] if t + 1 < t_max else float(last_value)
        return r[t] + gamma * following - v[t]

    advantages = []
    for t in range(t_max):
        terms, weight = [], 1.0
        for step in range(t, t_max):
            terms.append(weight * delta(step))
            if d[step]:
                break  # the episode ended after this step: nothing later belongs to A_t
            weight *= gamma * lam
        advantages.append(math.fsum(terms))
    returns = [a + value for a, value in zip(advantages, v)]
    return np.array(advantages).astype(rewards.dtype), np.array(returns).astype(rewards.dtype)
