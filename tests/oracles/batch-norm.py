"""Batch norm with Python floats, channel by channel: gather every value of channel c by walking all the indices of
x, take the mean and the squared deviations with math.fsum, then normalise each value and update the running
statistics with the unbiased variance (count / (count - 1)).

Small inputs of both dtypes: (N, C) to (N, C, D, H, W), training and eval, weight and bias given or not, momentum
and eps varied; training always sees more than one value per channel.
"""

import itertools
import math

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        shape = (rng.randint(1, 4), rng.randint(1, 4)) + tuple(rng.randint(1, 3) for _ in range(rng.randint(0, 3)))
        training = rng.random() < 0.6
        if training and math.prod(shape) // shape[1] <= 1:
            continue
        c, dtype = shape[1], rng.choice([np.float32, np.float64])
        centre = rng.choice([0.0, 5.0, 100.0])
        x = gen.normal(gen.uniform(-centre, centre, c).reshape((1, c) + (1,) * (len(shape) - 2)),
                       gen.uniform(0.1, 3.0, c).reshape((1, c) + (1,) * (len(shape) - 2)), shape)
        given = {"x": x.astype(dtype), "running_mean": gen.normal(0, 2, c).astype(dtype),
                 "running_var": gen.uniform(0.0, 3.0, c).astype(dtype)}
        if rng.random() < 0.7:
            given["weight"] = gen.normal(0, 1.5, c).astype(dtype)
        if rng.random() < 0.7:
            given["bias"] = gen.normal(0, 1, c).astype(dtype)
        if training or rng.random() < 0.5:
            given["training"] = training
        if rng.random() < 0.6:
            given["momentum"] = rng.choice([0.0, 0.01, 0.1, 0.3, 0.9, 1.0])
        if rng.random() < 0.5:
            given["eps"] = rng.choice([1e-8, 1e-5, 1e-3, 0.1])
        yield given


def solve(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    channels = x.shape[1]
    indices = list(itertools.product(*(range(n) for n in x.shape)))
    y = np.zeros(x.shape)
    new_mean, new_var = [float(v) for v in running_mean], [float(v) for v in running_var]
    for c in range(channels):
        mine = [index for index in indices if index[1] == c]
        values = [float(x[index]) for index in mine]
        n = len(values)
        if training:
            mean = math.fsum(values) / n
            squares = math.fsum((v - mean) ** 2 for v in values)
            var = squares / n  # the batch is normalised with the biased variance ...
            new_mean[c] = (1 - momentum) * float(running_mean[c]) + momentum * mean
            new_var[c] = (1 - momentum) * float(running_var[c]) + momentum * squares / (n - 1)  # ... stored unbiased
        else:
            mean, var = float(running_mean[c]), float(running_var[c])
        gain = 1.0 if weight is None else float(weight[c])
        shift = 0.0 if bias is None else float(bias[c])
        for index, v in zip(mine, values):
            y[index] = (v - mean) / math.sqrt(var + eps) * gain + shift
    return y.astype(x.dtype), np.array(new_mean, dtype=x.dtype), np.array(new_var, dtype=x.dtype)
