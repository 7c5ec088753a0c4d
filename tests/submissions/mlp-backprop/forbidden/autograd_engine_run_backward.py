# Forbidden: the autograd engine called directly (Variable._execution_engine.run_backward), no forbidden name in sight:
# a blind tester's evasion, refused with the torch import.
import numpy as np
import torch
from torch.autograd import Variable

def mlp_backprop(x, y, w1, b1, w2, b2):
    ps = [torch.tensor(t, requires_grad=True) for t in (w1, b1, w2, b2)]
    W1, B1, W2, B2 = ps
    X = torch.from_numpy(x.copy())
    z = X @ W1.T + B1
    h = torch.relu(z)
    lg = h @ W2.T + B2
    loss = torch.nn.functional.cross_entropy(lg, torch.from_numpy(y.copy()))
    eng = Variable._execution_engine
    gs = eng.run_backward((loss,), (torch.ones_like(loss),), False, False, tuple(ps), False)
    return float(loss), {k: g.numpy() for k, g in zip(("w1", "b1", "w2", "b2"), gs)}
