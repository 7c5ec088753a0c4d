# torch.optim.AdamW itself, its state set to the case's and stepped once.
import numpy as np
import torch


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=1e-2):
    p = torch.nn.Parameter(torch.tensor(param))
    optimizer = torch.optim.AdamW([p], lr=lr, betas=(beta1, beta2), eps=eps, weight_decay=weight_decay)
    optimizer.state[p] = {"step": torch.tensor(float(step - 1)), "exp_avg": torch.tensor(exp_avg),
                          "exp_avg_sq": torch.tensor(exp_avg_sq)}
    p.grad = torch.tensor(grad)
    optimizer.step()
    state = optimizer.state[p]
    return p.detach().numpy(), state["exp_avg"].numpy(), state["exp_avg_sq"].numpy()
