# Wrong: divides by the L2 norm, sqrt(sum(x^2) + eps), instead of the root mean square: off by sqrt(d).
import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    z = x.astype(np.float64)
    y = z / np.sqrt(np.sum(z ** 2, axis=-1, keepdims=True) + eps)
    if weight is not None:
        y = y * weight
    return y.astype(x.dtype)
