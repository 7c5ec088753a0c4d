# Accepted, the slowest: flattens the groups to rows of a matrix and loops over them in Python, each row in NumPy.
import math

import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    n = math.prod(normalized_shape)
    rows = x.reshape(-1, n).astype(np.float64)
    w = np.ones(n) if weight is None else weight.reshape(n)
    b = np.zeros(n) if bias is None else bias.reshape(n)
    out = np.empty_like(rows)
    for i, row in enumerate(rows):
        mean = row.sum() / n
        centred = row - mean
        var = centred @ centred / n
        out[i] = centred / math.sqrt(var + eps) * w + b
    return out.reshape(x.shape).astype(x.dtype)
