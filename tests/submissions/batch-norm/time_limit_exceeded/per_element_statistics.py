# Too slow: pure Python over every element, recomputing its channel's mean and variance for each one: O(n^2 / C).
import math

import numpy as np


def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    c = x.shape[1]
    rows = np.moveaxis(x, 1, 0).reshape(c, -1).tolist()
    n = len(rows[0])
    if training and n == 1:
        raise ValueError("one value per channel")
    out, new_mean, new_var = [], list(map(float, running_mean)), list(map(float, running_var))
    for k, row in enumerate(rows):
        gain = 1.0 if weight is None else float(weight[k])
        shift = 0.0 if bias is None else float(bias[k])
        normalised = []
        for v in row:
            if training:
                mean = sum(row) / n
                var = sum((u - mean) ** 2 for u in row) / n
            else:
                mean, var = float(running_mean[k]), float(running_var[k])
            normalised.append((v - mean) / math.sqrt(var + eps) * gain + shift)
        out.append(normalised)
        if training:
            mean = sum(row) / n
            squares = sum((u - mean) ** 2 for u in row)
            new_mean[k] = (1 - momentum) * new_mean[k] + momentum * mean
            new_var[k] = (1 - momentum) * new_var[k] + momentum * squares / (n - 1)
    y = np.moveaxis(np.array(out).reshape((c, x.shape[0]) + x.shape[2:]), 0, 1)
    return y.astype(x.dtype), np.array(new_mean, x.dtype), np.array(new_var, x.dtype)
