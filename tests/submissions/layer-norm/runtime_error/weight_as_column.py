# Runtime error: a BatchNorm habit, weight and bias broadcast along the rows (weight[:, None]): it runs only when
# the rows happen to number as many as the features (and is then wrong: the square tests); elsewhere NumPy
# cannot broadcast.
import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    axes = tuple(range(x.ndim - len(normalized_shape), x.ndim))
    z = x.astype(np.float64)
    mean = z.mean(axis=axes, keepdims=True)
    y = (z - mean) / np.sqrt(((z - mean) ** 2).mean(axis=axes, keepdims=True) + eps)
    if weight is not None:
        y = y * weight[:, None]
    if bias is not None:
        y = y + bias[:, None]
    return y.astype(x.dtype)
