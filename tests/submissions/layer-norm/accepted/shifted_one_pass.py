# Accepted: a different formulation, the one-pass variance made safe by shifting each group by its first element
# (E[d^2] - E[d]^2 with d = x - x_0: the shift brings the mean near 0, so nothing large cancels), in float64.
import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    k = len(normalized_shape)
    lead = x.shape[:x.ndim - k]
    flat = x.reshape(lead + (-1,)).astype(np.float64)
    d = flat - flat[..., :1]
    mean_d = d.mean(axis=-1, keepdims=True)
    var = np.maximum((d * d).mean(axis=-1, keepdims=True) - mean_d * mean_d, 0.0)
    y = ((d - mean_d) / np.sqrt(var + eps)).reshape(x.shape)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y.astype(x.dtype)
