# Right numbers, but written into the caller's running_mean and running_var (as torch updates its buffers); the
# inputs must be left unchanged and new arrays returned.
import numpy as np


def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    axes = (0,) + tuple(range(2, x.ndim))
    shape = (1, -1) + (1,) * (x.ndim - 2)
    z = x.astype(np.float64)
    if training:
        if x.size // x.shape[1] < 2:
            raise ValueError("one value per channel")
        mean, var = z.mean(axis=axes), z.var(axis=axes)
        running_mean *= 1 - momentum
        running_mean += momentum * mean
        running_var *= 1 - momentum
        running_var += momentum * z.var(axis=axes, ddof=1)
    else:
        mean, var = running_mean, running_var
    y = (z - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + eps)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y.astype(x.dtype), running_mean, running_var
