# Accepted: relies on LeetCode's implicit names (prod and sqrt from math, Optional) with only NumPy imported;
# statistics of a (groups, n) view, with einsum for the sum of squares.
import numpy as np


def layer_norm(x, normalized_shape, weight: Optional[np.ndarray] = None, bias: Optional[np.ndarray] = None,
               eps: float = 1e-5):
    n = prod(normalized_shape)
    g = x.reshape(-1, n).astype(np.float64)
    centred = g - g.sum(axis=1, keepdims=True) / n
    inv = 1 / np.sqrt(np.einsum("ij,ij->i", centred, centred) / n + eps)
    y = (centred * inv[:, None]).reshape(x.shape)
    y = y if weight is None else y * weight
    y = y if bias is None else y + bias
    return y.astype(x.dtype)
