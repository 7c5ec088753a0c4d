# Wrong: eps added to the root mean square, x / (rms + eps), instead of inside the root: other numbers whenever
# the mean of squares is not much larger than eps (rms ~1e-3 with eps = 1e-6).
import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    z = x.astype(np.float64)
    y = z / (np.sqrt(np.mean(z ** 2, axis=-1, keepdims=True)) + eps)
    if weight is not None:
        y = y * weight
    return y.astype(x.dtype)
