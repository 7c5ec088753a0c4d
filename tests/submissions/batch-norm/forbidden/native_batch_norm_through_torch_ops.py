# torch.ops.aten.native_batch_norm, literally (found by the blind breaker).
import numpy as np
import torch
def BN(t, rm, rv, w, b, tr, m, e):
    return torch.ops.aten.native_batch_norm(t, w, b, rm, rv, tr, m, e)[0]

def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    C = x.shape[1]
    if training and x.size // C <= 1:
        raise ValueError("n=1")
    t = torch.from_numpy(np.ascontiguousarray(x))
    rm = torch.from_numpy(running_mean.copy()); rv = torch.from_numpy(running_var.copy())
    w = None if weight is None else torch.from_numpy(weight)
    b = None if bias is None else torch.from_numpy(bias)
    y = BN(t, rm, rv, w, b, training, momentum, eps)
    return y.numpy(), rm.numpy(), rv.numpy()
