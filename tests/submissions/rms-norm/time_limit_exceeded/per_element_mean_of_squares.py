# Too slow: pure-Python loops that recompute the row's mean of squares for every element, O(n * d): about
# 4 * 10^9 steps for 256 rows of 4096.
import math

import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    d = x.shape[-1]
    w = [1.0] * d if weight is None else weight.tolist()
    out = []
    for row in x.reshape(-1, d).tolist():
        out.append([v / math.sqrt(sum(u * u for u in row) / d + eps) * w[j] for j, v in enumerate(row)])
    return np.array(out, dtype=x.dtype).reshape(x.shape)
