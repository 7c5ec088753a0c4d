# Runtime error: a per-example loop with math.exp on the raw logits: past 709 math.exp raises OverflowError
# (NumPy would return inf; math refuses).
import math

import numpy as np


def mlp_backprop(x, y, w1, b1, w2, b2):
    n = x.shape[0]
    grads = {"w1": np.zeros_like(w1), "b1": np.zeros_like(b1), "w2": np.zeros_like(w2), "b2": np.zeros_like(b2)}
    total = 0.0
    for i in range(n):
        z = w1 @ x[i] + b1
        h = np.maximum(z, 0)
        logits = w2 @ h + b2
        exps = [math.exp(v) for v in logits.tolist()]
        s = math.fsum(exps)
        total += math.log(s) - float(logits[y[i]])
        d_logits = np.array(exps, dtype=x.dtype) / s
        d_logits[y[i]] -= 1
        d_logits /= n
        d_z = (w2.T @ d_logits) * (z > 0)
        grads["w2"] += np.outer(d_logits, h)
        grads["b2"] += d_logits
        grads["w1"] += np.outer(d_z, x[i])
        grads["b1"] += d_z
    return total / n, grads
