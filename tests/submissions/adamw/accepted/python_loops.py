# Element by element over Python floats (.tolist()), the bias corrections computed once: slow but linear.
import math

import numpy as np


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=1e-2):
    decay = 1 - lr * weight_decay
    c1, c2 = 1 - beta1 ** step, math.sqrt(1 - beta2 ** step)
    ps, ms, vs = [], [], []
    for p, g, m, v in zip(param.ravel().tolist(), grad.ravel().tolist(), exp_avg.ravel().tolist(),
                          exp_avg_sq.ravel().tolist()):
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        ps.append(p * decay - lr / c1 * m / (math.sqrt(v) / c2 + eps))
        ms.append(m)
        vs.append(v)
    shape, dtype = param.shape, param.dtype
    return tuple(np.array(x, dtype=dtype).reshape(shape) for x in (ps, ms, vs))
