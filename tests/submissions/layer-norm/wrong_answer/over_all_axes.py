# Wrong: one mean and one variance for the whole of x (the batch included), instead of one per group: right only
# when normalized_shape is x's whole shape.
import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    z = x.astype(np.float64)
    y = (z - z.mean()) / np.sqrt(z.var() + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y.astype(x.dtype)
