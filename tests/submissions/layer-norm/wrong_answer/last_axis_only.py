# Wrong: normalises over the last axis alone, whatever normalized_shape says: right for (E,), wrong for (4, 5),
# (3, 4, 5) or (3, 1).
import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    z = x.astype(np.float64)
    mean = z.mean(axis=-1, keepdims=True)
    var = ((z - mean) ** 2).mean(axis=-1, keepdims=True)
    y = (z - mean) / np.sqrt(var + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y.astype(x.dtype)
