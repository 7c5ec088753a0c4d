# Wrong: the one-pass variance E[x^2] - E[x]^2, even in float64: for channel means near 8*10^3 with spread 0.1,
# E[x^2] ~ 6*10^7 carries an error of ~10^-8, a relative error of ~10^-6 in a variance of ~10^-2.
import numpy as np


def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    axes = (0,) + tuple(range(2, x.ndim))
    shape = (1, -1) + (1,) * (x.ndim - 2)
    z = x.astype(np.float64)
    if training:
        n = x.size // x.shape[1]
        if n < 2:
            raise ValueError("one value per channel")
        mean = z.mean(axis=axes)
        var = np.maximum((z * z).mean(axis=axes) - mean * mean, 0.0)
        new_mean = (1 - momentum) * running_mean + momentum * mean
        new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    else:
        mean, var, new_mean, new_var = running_mean, running_var, running_mean.copy(), running_var.copy()
    y = (z - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + eps)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y.astype(x.dtype), new_mean.astype(x.dtype), new_var.astype(x.dtype)
