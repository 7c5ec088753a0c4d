# Wrong axes: the variance of each sample over its positions, then averaged over the batch; the spread between
# the samples' means is lost (right for (N, C), where each sample has one position, wrong for (N, C, H, W)).
import numpy as np


def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    shape = (1, -1) + (1,) * (x.ndim - 2)
    z = x.astype(np.float64).reshape(x.shape[0], x.shape[1], -1)
    if training:
        n = z.shape[0] * z.shape[2]
        if n < 2:
            raise ValueError("one value per channel")
        mean = z.mean(axis=(0, 2))
        var = z.var(axis=2).mean(axis=0) if z.shape[2] > 1 else z.var(axis=(0, 2))
        new_mean = (1 - momentum) * running_mean + momentum * mean
        new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    else:
        mean, var, new_mean, new_var = running_mean, running_var, running_mean.copy(), running_var.copy()
    y = (x - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + eps)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y.astype(x.dtype), new_mean.astype(x.dtype), new_var.astype(x.dtype)
