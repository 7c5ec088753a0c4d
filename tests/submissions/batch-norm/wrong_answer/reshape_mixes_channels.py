# Wrong axes: x.reshape(-1, C) is right for (N, C) but for (N, C, L) or (N, C, H, W) it cuts the memory into rows
# of C consecutive values, which mixes channels and positions (the channel axis must be moved last first).
import numpy as np


def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    c = x.shape[1]
    flat = x.reshape(-1, c).astype(np.float64)
    if training:
        n = flat.shape[0]
        if n < 2:
            raise ValueError("one value per channel")
        mean, var = flat.mean(axis=0), flat.var(axis=0)
        new_mean = (1 - momentum) * running_mean + momentum * mean
        new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    else:
        mean, var, new_mean, new_var = running_mean, running_var, running_mean.copy(), running_var.copy()
    y = (flat - mean) / np.sqrt(var + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y.reshape(x.shape).astype(x.dtype), new_mean.astype(x.dtype), new_var.astype(x.dtype)
