# A loop over the elements that recomputes beta1 ** step and beta2 ** step for each one by `step` multiplications:
# O(n * step), 10^9 multiplications on the largest case.
import math

import numpy as np


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=1e-2):
    ps, ms, vs = [], [], []
    for p, g, m, v in zip(param.ravel().tolist(), grad.ravel().tolist(), exp_avg.ravel().tolist(),
                          exp_avg_sq.ravel().tolist()):
        power1 = power2 = 1.0
        for _ in range(step):
            power1 *= beta1
            power2 *= beta2
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        m_hat, v_hat = m / (1 - power1), v / (1 - power2)
        ps.append(p * (1 - lr * weight_decay) - lr * m_hat / (math.sqrt(v_hat) + eps))
        ms.append(m)
        vs.append(v)
    return tuple(np.array(x, dtype=param.dtype).reshape(param.shape) for x in (ps, ms, vs))
