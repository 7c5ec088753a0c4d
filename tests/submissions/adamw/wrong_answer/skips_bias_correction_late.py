# Wrong: skips both bias corrections once step > 5000, as if they were 1 by then (0.999^8000 is still 3.3e-4).
import numpy as np
def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2):
    p = param * (1 - lr * weight_decay)
    m = beta1 * exp_avg + (1 - beta1) * grad
    v = beta2 * exp_avg_sq + (1 - beta2) * grad * grad
    bc1 = 1 - beta1 ** step if step <= 5000 else 1.0
    bc2 = 1 - beta2 ** step if step <= 5000 else 1.0
    denom = np.sqrt(v) / np.sqrt(bc2) + eps
    p = p - (lr / bc1) * m / denom
    d = param.dtype
    return p.astype(d, copy=False), m.astype(d, copy=False), v.astype(d, copy=False)
