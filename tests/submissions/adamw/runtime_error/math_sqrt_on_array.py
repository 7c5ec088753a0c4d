# math.sqrt on an array: TypeError (only size-1 arrays convert to Python scalars).
import math

import numpy as np


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=1e-2):
    p = param * (1 - lr * weight_decay)
    m = beta1 * exp_avg + (1 - beta1) * grad
    v = beta2 * exp_avg_sq + (1 - beta2) * grad * grad
    v_hat = v / (1 - beta2 ** step)
    p = p - lr * (m / (1 - beta1 ** step)) / (math.sqrt(v_hat) + eps)
    return p, m, v
