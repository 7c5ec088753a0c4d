# Accepted: a Python loop over the d/2 pairs (at most 128), each one vectorised over every row and leading axis.
import math

import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    out = np.array(x, dtype=np.float64)
    p = positions.astype(np.float64)[:, None]  # (L, 1): broadcasts along the L axis of every leading index
    for i in range(d // 2):
        j, k = (2 * i, 2 * i + 1) if interleaved else (i, i + d // 2)
        angle = p * math.pow(base, -2 * i / d)
        c, s = np.cos(angle), np.sin(angle)
        a, b = out[..., j:j + 1].copy(), out[..., k:k + 1].copy()
        out[..., j:j + 1] = a * c - b * s
        out[..., k:k + 1] = a * s + b * c
    return out.astype(x.dtype)
