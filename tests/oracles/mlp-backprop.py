"""mlp_backprop by the chain rule written out element by element over Python floats (math.fsum, math.exp), on
small networks of both dtypes: small integers and binary fractions (many pre-activations exactly 0) as well as
continuous values, logits from about 1 to about 10^3."""

import math

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        n, d, hidden, c = rng.randint(1, 5), rng.randint(1, 4), rng.randint(1, 5), rng.randint(1, 4)
        kind = rng.choice(["integers", "quarters", "normal"])
        if kind == "normal":
            x, w1, b1 = gen.normal(0, 1, (n, d)), gen.normal(0, 1, (hidden, d)), gen.normal(0, 0.5, hidden)
        else:
            step = 1.0 if kind == "integers" else 0.25
            x, w1, b1 = (gen.integers(-2, 3, shape) * step for shape in ((n, d), (hidden, d), (hidden,)))
        w2 = gen.normal(0, rng.choice([0.5, 2.0, 100.0]), (c, hidden))
        b2 = gen.normal(0, rng.choice([0.1, 1.0, 500.0]), c)
        dtype = rng.choice([np.float32, np.float64])
        given = {"x": x, "w1": w1, "b1": b1, "w2": w2, "b2": b2}
        given = {name: value.astype(dtype) for name, value in given.items()}
        given["y"] = gen.integers(0, c, n).astype(np.int64)
        yield given


def solve(x, y, w1, b1, w2, b2):
    xs, w1s, b1s, w2s, b2s, ys = x.tolist(), w1.tolist(), b1.tolist(), w2.tolist(), b2.tolist(), y.tolist()
    n, d, hidden, c = len(xs), len(xs[0]), len(b1s), len(b2s)
    z = [[math.fsum([b1s[j]] + [xs[i][k] * w1s[j][k] for k in range(d)]) for j in range(hidden)] for i in range(n)]
    h = [[value if value > 0 else 0.0 for value in row] for row in z]
    logits = [[math.fsum([b2s[m]] + [h[i][j] * w2s[m][j] for j in range(hidden)]) for m in range(c)]
              for i in range(n)]
    losses, dlogits = [], []
    for i in range(n):
        top = max(logits[i])
        log_sum_exp = top + math.log(math.fsum(math.exp(value - top) for value in logits[i]))
        losses.append(log_sum_exp - logits[i][ys[i]])
        dlogits.append([(math.exp(logits[i][m] - log_sum_exp) - (1.0 if m == ys[i] else 0.0)) / n for m in range(c)])
    grad_w2 = [[math.fsum(dlogits[i][m] * h[i][j] for i in range(n)) for j in range(hidden)] for m in range(c)]
    grad_b2 = [math.fsum(dlogits[i][m] for i in range(n)) for m in range(c)]
    dz = [[math.fsum(dlogits[i][m] * w2s[m][j] for m in range(c)) if z[i][j] > 0 else 0.0 for j in range(hidden)]
          for i in range(n)]
    grad_w1 = [[math.fsum(dz[i][j] * xs[i][k] for i in range(n)) for k in range(d)] for j in range(hidden)]
    grad_b1 = [math.fsum(dz[i][j] for i in range(n)) for j in range(hidden)]
    grads = {"w1": grad_w1, "b1": grad_b1, "w2": grad_w2, "b2": grad_b2}
    return math.fsum(losses) / n, {name: np.array(value, dtype=x.dtype) for name, value in grads.items()}
