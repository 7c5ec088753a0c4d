# Wrong: the one-pass variance E[x^2] - E[x]^2, even in float64: with |mean| ~ 10^5 and std 1 it keeps only ~6 of
# the variance's digits (off by ~1e-6, beyond float64's tolerance). Right on every float32 case.
import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    axes = tuple(range(x.ndim - len(normalized_shape), x.ndim))
    z = x.astype(np.float64)
    mean = z.mean(axis=axes, keepdims=True)
    var = np.maximum((z * z).mean(axis=axes, keepdims=True) - mean * mean, 0.0)
    y = (z - mean) / np.sqrt(var + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y.astype(x.dtype)
