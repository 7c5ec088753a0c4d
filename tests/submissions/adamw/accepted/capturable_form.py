# PyTorch's capturable branch, rewritten in NumPy: the step size folded into the denominator,
# denom = sqrt(v) / (sqrt(bc2) * -step_size) + eps / -step_size, then p += m / denom (in place on copies).
import numpy as np


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=1e-2):
    p = param.astype(np.float64)  # copies: the in-place updates below never touch the inputs
    m = exp_avg.astype(np.float64)
    v = exp_avg_sq.astype(np.float64)
    g = grad.astype(np.float64)
    p *= 1 - lr * weight_decay
    m *= beta1
    m += (1 - beta1) * g
    v *= beta2
    v += (1 - beta2) * g * g
    step_size_neg = np.float64(-lr / (1 - beta1 ** step))  # a 0-d value, as torch's tensor: lr = 0 gives inf, not
    with np.errstate(divide="ignore"):                     # ZeroDivisionError, and m / inf = 0 moves nothing
        denom = np.sqrt(v) / (np.sqrt(1 - beta2 ** step) * step_size_neg) + eps / step_size_neg
    p += m / denom
    return p.astype(param.dtype), m.astype(param.dtype), v.astype(param.dtype)
