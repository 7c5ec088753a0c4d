# Forbidden: loss.grad_fn walked in topological order, each node called by hand (the library does every step of
# backprop): a blind tester's evasion, refused with the torch import.
import numpy as np
import torch

def mlp_backprop(x, y, w1, b1, w2, b2):
    ps = [torch.tensor(t, requires_grad=True) for t in (w1, b1, w2, b2)]
    W1, B1, W2, B2 = ps
    X = torch.from_numpy(x.copy())
    z = X @ W1.T + B1
    h = torch.relu(z)
    lg = h @ W2.T + B2
    loss = torch.nn.functional.cross_entropy(lg, torch.from_numpy(y.copy()))
    # manually walk the autograd graph, calling each node's backward function
    grads = {}
    order, seen = [], set()
    def topo(fn):
        if fn is None or fn in seen:
            return
        seen.add(fn)
        for nxt, _ in fn.next_functions:
            topo(nxt)
        order.append(fn)
    topo(loss.grad_fn)
    pending = {loss.grad_fn: torch.ones_like(loss)}
    for fn in reversed(order):
        g = pending.pop(fn, None)
        if g is None:
            continue
        if hasattr(fn, "variable"):
            grads[id(fn.variable)] = g
            continue
        outs = fn(g)
        if not isinstance(outs, tuple):
            outs = (outs,)
        for (nxt, _), o in zip(fn.next_functions, outs):
            if nxt is None or o is None:
                continue
            pending[nxt] = pending[nxt] + o if nxt in pending else o
    return float(loss.detach()), {k: grads[id(p)].detach().sum_to_size(p.shape).numpy() for k, p in zip(("w1", "b1", "w2", "b2"), ps)}
