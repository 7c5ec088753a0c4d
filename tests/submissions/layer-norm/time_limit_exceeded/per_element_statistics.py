# Too slow: pure-Python loops that recompute the group's mean and variance for every element, O(n * group size):
# about 4 * 10^9 steps for 256 groups of 4096.
import math

import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    n = math.prod(normalized_shape)
    rows = x.reshape(-1, n).tolist()
    w = [1.0] * n if weight is None else weight.reshape(-1).tolist()
    b = [0.0] * n if bias is None else bias.reshape(-1).tolist()
    out = []
    for row in rows:
        normalised = []
        for j, v in enumerate(row):
            mean = sum(row) / n
            var = sum((u - mean) ** 2 for u in row) / n
            normalised.append((v - mean) / math.sqrt(var + eps) * w[j] + b[j])
        out.append(normalised)
    return np.array(out, dtype=x.dtype).reshape(x.shape)
