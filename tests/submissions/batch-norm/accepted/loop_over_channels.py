# Accepted, loops: channel axis moved first and the rest flattened, (C, n); a Python loop over the C channels.
import math

import numpy as np


def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    c = x.shape[1]
    rows = np.moveaxis(x, 1, 0).reshape(c, -1).astype(np.float64)
    n = rows.shape[1]
    if training and n == 1:
        raise ValueError("one value per channel: cannot train")
    out = np.empty_like(rows)
    new_mean = np.array(running_mean, dtype=np.float64)
    new_var = np.array(running_var, dtype=np.float64)
    for k in range(c):
        row = rows[k]
        if training:
            mean = row.mean()
            squares = float(((row - mean) ** 2).sum())
            var = squares / n
            new_mean[k] = (1 - momentum) * new_mean[k] + momentum * mean
            new_var[k] = (1 - momentum) * new_var[k] + momentum * squares / (n - 1)
        else:
            mean, var = float(running_mean[k]), float(running_var[k])
        out[k] = (row - mean) / math.sqrt(var + eps)
        if weight is not None:
            out[k] *= float(weight[k])
        if bias is not None:
            out[k] += float(bias[k])
    y = np.moveaxis(out.reshape((c, x.shape[0]) + x.shape[2:]), 0, 1)
    return y.astype(x.dtype), new_mean.astype(x.dtype), new_var.astype(x.dtype)
