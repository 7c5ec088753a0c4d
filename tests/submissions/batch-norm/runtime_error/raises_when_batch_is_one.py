# Runtime error: raises ValueError whenever N = 1, but one example with 4 x 4 positions has 16 values per channel
# (and eval never needs more than one): only n = N * H * W = 1 in training is an error.
import numpy as np


def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    if x.shape[0] == 1:
        raise ValueError("batch norm needs a batch of more than one example")
    axes = (0,) + tuple(range(2, x.ndim))
    shape = (1, -1) + (1,) * (x.ndim - 2)
    z = x.astype(np.float64)
    if training:
        mean, var = z.mean(axis=axes), z.var(axis=axes)
        new_mean = (1 - momentum) * running_mean + momentum * mean
        new_var = (1 - momentum) * running_var + momentum * z.var(axis=axes, ddof=1)
    else:
        mean, var, new_mean, new_var = running_mean, running_var, running_mean.copy(), running_var.copy()
    y = (z - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + eps)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y.astype(x.dtype), new_mean.astype(x.dtype), new_var.astype(x.dtype)
