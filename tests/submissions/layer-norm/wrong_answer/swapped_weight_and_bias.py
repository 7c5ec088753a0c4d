# Wrong: weight and bias swapped: y * bias + weight.
import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    axes = tuple(range(x.ndim - len(normalized_shape), x.ndim))
    z = x.astype(np.float64)
    mean = z.mean(axis=axes, keepdims=True)
    y = (z - mean) / np.sqrt(((z - mean) ** 2).mean(axis=axes, keepdims=True) + eps)
    scale = 1.0 if bias is None else bias
    shift = 0.0 if weight is None else weight
    return (y * scale + shift).astype(x.dtype)
