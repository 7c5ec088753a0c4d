"""The SwiGLU block token by token with Python floats: each gate and up feature a math.fsum over the input
features, silu through math.exp of a non-positive number only, each output feature a math.fsum over the hidden ones.

Small inputs of both dtypes, 1 to 3 dimensions, F above, below and equal to E, gates from small to near +-10^4.
"""

import math

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        dtype = rng.choice([np.float32, np.float64])
        lead = tuple(rng.randint(1, 3) for _ in range(rng.randint(0, 2)))
        e, f = rng.randint(1, 6), rng.randint(1, 8)
        gain = rng.choice([0.5, 1.0, 4.0])
        given = {"x": gen.standard_normal((*lead, e)), "w_gate": gen.uniform(-gain, gain, (f, e)),
                 "w_up": gen.uniform(-1, 1, (f, e)), "w_down": gen.uniform(-1, 1, (e, f))}
        if rng.random() < 0.2:  # gates near +-10^4 or +-100
            size = rng.choice([100.0, 1e4])
            given["x"][..., 0] = 100.0
            given["w_gate"] = gen.integers(-1, 2, (f, e)) * 0.1
            given["w_gate"][:, 0] = gen.choice([-1.0, 1.0], f) * size / 100
        yield {name: a.astype(dtype) for name, a in given.items()}


def silu(z):
    if z >= 0:
        return z / (1.0 + math.exp(-z))
    e = math.exp(z)
    return z * e / (1.0 + e)


def solve(x, w_gate, w_up, w_down):
    f, e = w_gate.shape
    out = np.zeros(x.shape, dtype=np.float64)
    for token in np.ndindex(*x.shape[:-1]):
        v = [float(x[token + (c,)]) for c in range(e)]
        hidden = []
        for j in range(f):
            gate = math.fsum(v[c] * float(w_gate[j, c]) for c in range(e))
            up = math.fsum(v[c] * float(w_up[j, c]) for c in range(e))
            hidden.append(silu(gate) * up)
        for o in range(e):
            out[token + (o,)] = math.fsum(hidden[j] * float(w_down[o, j]) for j in range(f))
    return out.astype(x.dtype)
