# Wrong: normalises but never multiplies by weight.
import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    z = x.astype(np.float64)
    return (z / np.sqrt(np.mean(z ** 2, axis=-1, keepdims=True) + eps)).astype(x.dtype)
