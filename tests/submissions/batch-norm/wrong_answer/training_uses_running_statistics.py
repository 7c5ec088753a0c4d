# Wrong: normalises with the running statistics in training too (it updates them, but y ignores the batch).
import numpy as np


def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    axes = (0,) + tuple(range(2, x.ndim))
    shape = (1, -1) + (1,) * (x.ndim - 2)
    z = x.astype(np.float64)
    new_mean, new_var = running_mean.copy(), running_var.copy()
    if training:
        n = x.size // x.shape[1]
        if n < 2:
            raise ValueError("one value per channel")
        new_mean = (1 - momentum) * running_mean + momentum * z.mean(axis=axes)
        new_var = (1 - momentum) * running_var + momentum * z.var(axis=axes, ddof=1)
    y = (z - running_mean.reshape(shape)) / np.sqrt(running_var.reshape(shape) + eps)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y.astype(x.dtype), new_mean.astype(x.dtype), new_var.astype(x.dtype)
