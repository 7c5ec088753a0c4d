# Wrong: divides by the standard deviation with no eps at all: 0/0 = NaN for constant groups and groups of one
# element, and other numbers wherever the variance is small.
import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    axes = tuple(range(x.ndim - len(normalized_shape), x.ndim))
    z = x.astype(np.float64)
    mean = z.mean(axis=axes, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        y = (z - mean) / np.sqrt(((z - mean) ** 2).mean(axis=axes, keepdims=True))
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y.astype(x.dtype)
