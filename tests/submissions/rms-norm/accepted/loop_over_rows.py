# Accepted, the slowest: a Python loop over the rows, each row's mean of squares with math.fsum.
import math

import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    d = x.shape[-1]
    rows = x.reshape(-1, d).astype(np.float64)
    out = np.empty_like(rows)
    for i, row in enumerate(rows):
        out[i] = row / math.sqrt(math.fsum(row * row) / d + eps)
    if weight is not None:
        out *= weight
    return out.reshape(x.shape).astype(x.dtype)
