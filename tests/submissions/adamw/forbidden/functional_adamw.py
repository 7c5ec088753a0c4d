# The functional form, torch.optim._functional.adamw, on tensors copied from the case's arrays.
import torch
from torch.optim import _functional


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=1e-2):
    p, m, v = torch.tensor(param), torch.tensor(exp_avg), torch.tensor(exp_avg_sq)
    _functional.adamw([p], [torch.tensor(grad)], [m], [v], [], [torch.tensor(float(step - 1))], foreach=False,
                      amsgrad=False, beta1=beta1, beta2=beta2, lr=lr, weight_decay=weight_decay, eps=eps,
                      maximize=False)
    return p.numpy(), m.numpy(), v.numpy()
