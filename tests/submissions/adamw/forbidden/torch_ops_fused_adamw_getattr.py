# Forbidden: torch.ops.aten._fused_adamw_ reached with getattr and a built-up name.
import numpy as np
import torch
def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2):
    op = getattr(torch.ops.aten, "_fused_" + "adamw_")
    p = torch.tensor(param.copy()); g = torch.tensor(grad.copy())
    m = torch.tensor(exp_avg.copy()); v = torch.tensor(exp_avg_sq.copy())
    st = torch.tensor(float(step))
    op([p], [g], [m], [v], [], [st], lr=lr, beta1=beta1, beta2=beta2, weight_decay=weight_decay, eps=eps, amsgrad=False, maximize=False)
    return p.numpy(), m.numpy(), v.numpy()
