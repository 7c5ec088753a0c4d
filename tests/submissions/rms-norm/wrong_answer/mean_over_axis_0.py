# Wrong: the mean of squares over axis 0 (down the columns) instead of the last axis: right only for 1-D x.
import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    z = x.astype(np.float64)
    y = z / np.sqrt(np.mean(z ** 2, axis=0, keepdims=True) + eps)
    if weight is not None:
        y = y * weight
    return y.astype(x.dtype)
