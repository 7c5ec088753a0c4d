# Accepted: everything in x's own dtype (float32 stays float32 throughout, as PyTorch computes it), two passes.
import numpy as np


def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    axes = tuple(i for i in range(x.ndim) if i != 1)
    keep = (1, x.shape[1]) + (1,) * (x.ndim - 2)
    if not training:
        mean, var = running_mean, running_var
        new_mean, new_var = running_mean.copy(), running_var.copy()
    else:
        n = x.size // x.shape[1]
        if n == 1:
            raise ValueError("Expected more than 1 value per channel when training")
        mean = x.mean(axis=axes)
        var = ((x - mean.reshape(keep)) ** 2).mean(axis=axes)
        new_mean = ((1 - momentum) * running_mean + momentum * mean).astype(x.dtype)
        new_var = ((1 - momentum) * running_var + momentum * var * (n / (n - 1))).astype(x.dtype)
    y = (x - mean.reshape(keep)) / np.sqrt(var.reshape(keep) + x.dtype.type(eps))
    if weight is not None:
        y = y * weight.reshape(keep)
    if bias is not None:
        y = y + bias.reshape(keep)
    return y, new_mean, new_var
