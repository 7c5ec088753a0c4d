# Wrong: one root mean square for the whole of x instead of one per row: right only when x is a single row.
import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    z = x.astype(np.float64)
    y = z / np.sqrt(np.mean(z ** 2) + eps)
    if weight is not None:
        y = y * weight
    return y.astype(x.dtype)
