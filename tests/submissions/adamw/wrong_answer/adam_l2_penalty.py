# Adam's L2 penalty in place of AdamW's decoupled decay: weight_decay * param added to the gradient, so the
# penalty goes through the moments and is divided by sqrt(v_hat) (torch.optim.Adam's weight_decay).
import numpy as np


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=1e-2):
    p = param.astype(np.float64)
    g = grad.astype(np.float64) + weight_decay * p
    m = beta1 * exp_avg + (1 - beta1) * g
    v = beta2 * exp_avg_sq + (1 - beta2) * g * g
    p = p - lr / (1 - beta1 ** step) * m / (np.sqrt(v) / np.sqrt(1 - beta2 ** step) + eps)
    return p.astype(param.dtype), m.astype(param.dtype), v.astype(param.dtype)
