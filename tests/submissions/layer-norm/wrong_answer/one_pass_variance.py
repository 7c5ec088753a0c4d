# Wrong: the one-pass variance E[x^2] - E[x]^2 in x's dtype: in float32 with |mean| ~ 10^3 and std 1, both terms
# are ~10^6, where float32's spacing is 0.06, and their difference is rounding.
import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    axes = tuple(range(x.ndim - len(normalized_shape), x.ndim))
    mean = x.mean(axis=axes, keepdims=True)
    var = (x * x).mean(axis=axes, keepdims=True) - mean * mean
    y = (x - mean) / np.sqrt(np.maximum(var, 0) + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y
