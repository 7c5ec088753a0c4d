# Wrong: computes in float64 "to be safe" and returns float64 for a float32 input.
import numpy as np


def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    axes = (0,) + tuple(range(2, x.ndim))
    shape = (1, -1) + (1,) * (x.ndim - 2)
    z = x.astype(np.float64)
    if training:
        if x.size // x.shape[1] < 2:
            raise ValueError("one value per channel")
        mean, var = z.mean(axis=axes), z.var(axis=axes)
        new_mean = (1 - momentum) * running_mean.astype(float) + momentum * mean
        new_var = (1 - momentum) * running_var.astype(float) + momentum * z.var(axis=axes, ddof=1)
    else:
        mean, var = running_mean.astype(float), running_var.astype(float)
        new_mean, new_var = mean.copy(), var.copy()
    y = (z - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + eps)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y, new_mean, new_var
