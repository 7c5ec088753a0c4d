# Wrong: subtracts each row's mean first, which is layer norm (without bias), not RMS norm.
import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    z = x.astype(np.float64)
    z = z - z.mean(axis=-1, keepdims=True)
    y = z / np.sqrt(np.mean(z ** 2, axis=-1, keepdims=True) + eps)
    if weight is not None:
        y = y * weight
    return y.astype(x.dtype)
