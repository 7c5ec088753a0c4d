# The loop behind torch.optim.AdamW, torch.optim.adam._single_tensor_adam, called directly.
import torch
from torch.optim.adam import _single_tensor_adam


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=1e-2):
    p, m, v = torch.tensor(param), torch.tensor(exp_avg), torch.tensor(exp_avg_sq)
    _single_tensor_adam([p], [torch.tensor(grad)], [m], [v], [], [torch.tensor(float(step - 1))], None, None,
                        amsgrad=False, has_complex=False, beta1=beta1, beta2=beta2, lr=lr,
                        weight_decay=weight_decay, eps=eps, maximize=False, capturable=False,
                        differentiable=False, decoupled_weight_decay=True)
    return p.numpy(), m.numpy(), v.numpy()
