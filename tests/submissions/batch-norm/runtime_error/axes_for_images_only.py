# Runtime error: the axes (0, 2, 3) of BatchNorm2d hard-coded; an (N, C) or (N, C, L) input has no axis 3.
import numpy as np


def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    z = x.astype(np.float64)
    if training:
        n = x.size // x.shape[1]
        if n < 2:
            raise ValueError("one value per channel")
        mean, var = z.mean(axis=(0, 2, 3)), z.var(axis=(0, 2, 3))
        new_mean = (1 - momentum) * running_mean + momentum * mean
        new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    else:
        mean, var, new_mean, new_var = running_mean, running_var, running_mean.copy(), running_var.copy()
    shape = (1, -1, 1, 1)
    y = (z - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + eps)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y.astype(x.dtype), new_mean.astype(x.dtype), new_var.astype(x.dtype)
