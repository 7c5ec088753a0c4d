# torch.optim's in-place updates on the given arrays (param *= ..., exp_avg *= ...), returning them: right values,
# but the caller's state is overwritten.
import numpy as np


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=1e-2):
    param *= 1 - lr * weight_decay
    exp_avg *= beta1
    exp_avg += (1 - beta1) * grad
    exp_avg_sq *= beta2
    exp_avg_sq += (1 - beta2) * grad * grad
    denom = np.sqrt(exp_avg_sq) / np.sqrt(1 - beta2 ** step) + eps
    param -= (lr / (1 - beta1 ** step)) * exp_avg / denom
    return param, exp_avg, exp_avg_sq
