# Wrong: eps added to the standard deviation, (x - mean) / (std + eps), instead of inside the root: other numbers
# whenever the variance is not much larger than eps (std ~1e-3 with eps = 1e-5).
import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    axes = tuple(range(x.ndim - len(normalized_shape), x.ndim))
    z = x.astype(np.float64)
    mean = z.mean(axis=axes, keepdims=True)
    y = (z - mean) / (z.std(axis=axes, keepdims=True) + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y.astype(x.dtype)
