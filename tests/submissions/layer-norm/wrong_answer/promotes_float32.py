# Wrong: computes in float64 "to be safe" and returns float64 for a float32 input.
import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    axes = tuple(range(x.ndim - len(normalized_shape), x.ndim))
    z = np.asarray(x, dtype=float)
    mean = z.mean(axis=axes, keepdims=True)
    y = (z - mean) / np.sqrt(((z - mean) ** 2).mean(axis=axes, keepdims=True) + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y
