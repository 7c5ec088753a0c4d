# Wrong: normalises eval batches with the running statistics, but updates them with the eval batch as well
# (test data leaking into the model's state).
import numpy as np


def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    axes = (0,) + tuple(range(2, x.ndim))
    shape = (1, -1) + (1,) * (x.ndim - 2)
    z = x.astype(np.float64)
    n = x.size // x.shape[1]
    if training and n < 2:
        raise ValueError("one value per channel")
    batch_mean, batch_var = z.mean(axis=axes), z.var(axis=axes)
    mean, var = (batch_mean, batch_var) if training else (running_mean, running_var)
    unbiased = batch_var * n / (n - 1) if n > 1 else batch_var
    new_mean = (1 - momentum) * running_mean + momentum * batch_mean
    new_var = (1 - momentum) * running_var + momentum * unbiased
    y = (z - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + eps)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y.astype(x.dtype), new_mean.astype(x.dtype), new_var.astype(x.dtype)
