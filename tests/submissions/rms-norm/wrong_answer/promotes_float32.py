# Wrong: computes in float64 "to be safe" and returns float64 for a float32 input.
import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    z = np.asarray(x, dtype=float)
    y = z / np.sqrt(np.mean(z ** 2, axis=-1, keepdims=True) + eps)
    return y if weight is None else y * weight
