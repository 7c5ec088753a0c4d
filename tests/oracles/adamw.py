"""AdamW element by element over Python floats, in the textbook form (Loshchilov & Hutter's Algorithm 2 with
PyTorch's order): decay theta by lr * weight_decay, update the moments, divide each by its bias correction, then
theta -= lr * m_hat / (sqrt(v_hat) + eps). No arrays, and sqrt(v_hat) rather than sqrt(v) / sqrt(1 - beta2^t).

Small inputs of both dtypes: 1 to 12 parameters in 1-D or 2-D shapes; states reached by running this same step
0 to 40 times from zero moments on random gradients (so exp_avg_sq is a real running average), then the step
tested, from 1 to 41; gradients from 1e-10 to 1e2 in size; the hyperparameters either the defaults or drawn
(beta1 from 0, lr up to 1, weight decay up to 0.9).
"""

import math

import numpy as np


def _one(p, g, m, v, t, lr, beta1, beta2, eps, weight_decay):
    p = p * (1.0 - lr * weight_decay)
    m = beta1 * m + (1.0 - beta1) * g
    v = beta2 * v + (1.0 - beta2) * g * g
    m_hat = m / (1.0 - beta1**t)
    v_hat = v / (1.0 - beta2**t)
    return p - lr * m_hat / (math.sqrt(v_hat) + eps), m, v


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        dtype = rng.choice([np.float32, np.float64])
        shape = rng.choice([(1,), (5,), (12,), (2, 3), (3, 4)])
        hyper = {}
        if rng.random() < 0.7:
            hyper = {"lr": rng.choice([1e-3, 1e-2, 0.5, 1.0, rng.random()]),
                     "beta1": rng.choice([0.0, 0.5, 0.9, rng.random()]),
                     "beta2": rng.choice([0.9, 0.99, 0.999, rng.random()]),
                     "eps": rng.choice([1e-8, 1e-6, 1e-3]),
                     "weight_decay": rng.choice([0.0, 1e-2, 0.1, 0.9 * rng.random()])}
            hyper = {k: value for k, value in hyper.items() if rng.random() < 0.8}
        settings = {"lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 1e-2, **hyper}
        scale = 10.0 ** rng.uniform(-10, 2)
        size = int(np.prod(shape))
        p = [float(x) for x in gen.normal(0.0, 1.0, size).astype(dtype)]
        m, v = [0.0] * size, [0.0] * size
        taken = rng.choice([0, 0, 1, 2, 5, 40])
        for t in range(1, taken + 1):
            g = [float(x) for x in (gen.normal(0.0, scale, size)).astype(dtype)]
            stepped = [_one(*state, t, **settings) for state in zip(p, g, m, v)]
            p, m, v = ([float(dtype(s[i])) for s in stepped] for i in range(3))  # the state kept in dtype
        yield {"param": np.array(p, dtype).reshape(shape),
               "grad": gen.normal(0.0, scale, shape).astype(dtype),
               "exp_avg": np.array(m, dtype).reshape(shape),
               "exp_avg_sq": np.array(v, dtype).reshape(shape),
               "step": taken + 1, **hyper}


def solve(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2):
    out = [_one(float(p), float(g), float(m), float(v), step, lr, beta1, beta2, eps, weight_decay)
           for p, g, m, v in zip(param.ravel().tolist(), grad.ravel().tolist(), exp_avg.ravel().tolist(),
                                 exp_avg_sq.ravel().tolist())]
    return tuple(np.array([o[i] for o in out], dtype=param.dtype).reshape(param.shape) for i in range(3))
