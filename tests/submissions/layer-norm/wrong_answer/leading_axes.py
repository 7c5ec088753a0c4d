# Wrong: reduces over the first len(normalized_shape) axes instead of the last ones (a BatchNorm habit).
import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    axes = tuple(range(len(normalized_shape)))
    z = x.astype(np.float64)
    mean = z.mean(axis=axes, keepdims=True)
    var = ((z - mean) ** 2).mean(axis=axes, keepdims=True)
    y = (z - mean) / np.sqrt(var + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y.astype(x.dtype)
