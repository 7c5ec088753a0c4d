# The step taken as 0-based in the bias corrections: 1 - beta ** (step - 1), which is 0 at step 1 (NaN there with
# NumPy scalars; Python floats raise ZeroDivisionError instead), and too small at every later step.
import numpy as np


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=1e-2):
    p, g = param.astype(np.float64), grad.astype(np.float64)
    p = p * (1 - lr * weight_decay)
    m = beta1 * exp_avg + (1 - beta1) * g
    v = beta2 * exp_avg_sq + (1 - beta2) * g * g
    t = np.float64(step - 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = p - lr / (1 - beta1 ** t) * m / (np.sqrt(v) / np.sqrt(1 - beta2 ** t) + eps)
    return p.astype(param.dtype), m.astype(param.dtype), v.astype(param.dtype)
