# Wrong: trains on one value per channel without complaint (variance 0, unbiased variance 0 / 0) instead of raising
# ValueError.
import numpy as np


def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    axes = (0,) + tuple(range(2, x.ndim))
    shape = (1, -1) + (1,) * (x.ndim - 2)
    z = x.astype(np.float64)
    if training:
        n = x.size // x.shape[1]
        mean, var = z.mean(axis=axes), z.var(axis=axes)
        new_mean = (1 - momentum) * running_mean + momentum * mean
        new_var = (1 - momentum) * running_var + momentum * var * n / max(n - 1, 1)
    else:
        mean, var, new_mean, new_var = running_mean, running_var, running_mean.copy(), running_var.copy()
    y = (z - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + eps)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y.astype(x.dtype), new_mean.astype(x.dtype), new_var.astype(x.dtype)
