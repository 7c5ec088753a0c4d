# The fused kernel torch._fused_adamw_ (what AdamW(fused=True) runs).
import torch


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=1e-2):
    p, m, v = torch.tensor(param), torch.tensor(exp_avg), torch.tensor(exp_avg_sq)
    torch._fused_adamw_([p], [torch.tensor(grad)], [m], [v], [], [torch.tensor(float(step))], lr=lr,
                        beta1=beta1, beta2=beta2, weight_decay=weight_decay, eps=eps, amsgrad=False,
                        maximize=False)
    return p.numpy(), m.numpy(), v.numpy()
