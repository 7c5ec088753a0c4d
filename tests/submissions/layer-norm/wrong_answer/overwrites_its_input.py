# Right numbers, computed in x's own buffer: the caller's array is destroyed (inputs must be left unchanged).
import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    axes = tuple(range(x.ndim - len(normalized_shape), x.ndim))
    x -= x.mean(axis=axes, keepdims=True)
    x /= np.sqrt((x * x).mean(axis=axes, keepdims=True) + eps)
    if weight is not None:
        x *= weight
    if bias is not None:
        x += bias
    return x
