# Vectorised NumPy in float64 with the bias-corrected moments written out (m_hat, v_hat), cast back at the end.
import numpy as np


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=1e-2):
    p, g = param.astype(np.float64), grad.astype(np.float64)
    m = beta1 * exp_avg.astype(np.float64) + (1 - beta1) * g
    v = beta2 * exp_avg_sq.astype(np.float64) + (1 - beta2) * np.square(g)
    m_hat = m / (1 - beta1 ** step)
    v_hat = v / (1 - beta2 ** step)
    p = p * (1 - lr * weight_decay) - lr * m_hat / (np.sqrt(v_hat) + eps)
    return p.astype(param.dtype), m.astype(param.dtype), v.astype(param.dtype)
