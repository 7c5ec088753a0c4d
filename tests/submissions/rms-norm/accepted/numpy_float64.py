# Accepted: NumPy, vectorised, the mean of squares in float64, cast back to x's dtype.
import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    z = x.astype(np.float64)
    y = z / np.sqrt(np.mean(z ** 2, axis=-1, keepdims=True) + eps)
    if weight is not None:
        y = y * weight
    return y.astype(x.dtype)
