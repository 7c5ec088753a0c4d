# Wrong: the unbiased variance (ddof=1, torch.var's default), divided by n - 1 instead of n: off by sqrt(n / (n - 1)),
# 41% for groups of 2.
import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    axes = tuple(range(x.ndim - len(normalized_shape), x.ndim))
    z = x.astype(np.float64)
    n = z.size // z.mean(axis=axes).size
    mean = z.mean(axis=axes, keepdims=True)
    var = z.var(axis=axes, keepdims=True, ddof=1) if n > 1 else np.zeros_like(mean)
    y = (z - mean) / np.sqrt(var + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y.astype(x.dtype)
