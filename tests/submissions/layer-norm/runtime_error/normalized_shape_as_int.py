# Runtime error: treats normalized_shape as the int of the 1-D case (axis=-normalized_shape), a TypeError for the
# tuple every test passes.
import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    z = x.astype(np.float64)
    mean = z.mean(axis=-normalized_shape, keepdims=True)
    var = ((z - mean) ** 2).mean(axis=-normalized_shape, keepdims=True)
    y = (z - mean) / np.sqrt(var + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y.astype(x.dtype)
