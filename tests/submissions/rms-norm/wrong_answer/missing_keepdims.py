# Wrong: the mean of squares without keepdims has shape (rows,), which NumPy broadcasts along the last axis:
# right for 1-D x, wrong for square x (column j divided by row j's RMS; Example 2), a broadcast error elsewhere.
import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    z = x.astype(np.float64)
    y = z / np.sqrt(np.mean(z ** 2, axis=-1) + eps)
    if weight is not None:
        y = y * weight
    return y.astype(x.dtype)
