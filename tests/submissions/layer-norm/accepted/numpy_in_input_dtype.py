# Accepted: NumPy in x's own dtype, as PyTorch computes it: np.var (ddof=0, the biased variance, and two-pass with
# pairwise sums), eps inside the root; float32 stays float32 without a cast.
import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
    axes = tuple(range(-len(shape), 0))
    mean = x.mean(axis=axes, keepdims=True)
    var = x.var(axis=axes, keepdims=True)
    y = (x - mean) / np.sqrt(var + x.dtype.type(eps))
    if weight is not None:
        y *= weight
    if bias is not None:
        y += bias
    return y
