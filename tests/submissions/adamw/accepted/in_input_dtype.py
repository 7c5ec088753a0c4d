# NumPy wholly in the input's dtype (float32 stays float32 throughout, as torch computes), PyTorch's lerp for the
# first moment and its step_size / bias_correction2_sqrt split.
import math

import numpy as np


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=1e-2):
    dtype = param.dtype.type
    p = param * dtype(1 - lr * weight_decay)
    m = exp_avg + (grad - exp_avg) * dtype(1 - beta1)  # exp_avg.lerp_(grad, 1 - beta1)
    v = exp_avg_sq * dtype(beta2) + grad * grad * dtype(1 - beta2)
    step_size = lr / (1 - beta1 ** step)
    bias_correction2_sqrt = math.sqrt(1 - beta2 ** step)
    denom = np.sqrt(v) / dtype(bias_correction2_sqrt) + dtype(eps)
    p = p - dtype(step_size) * (m / denom)
    return p, m, v
