"""Accepted: computes in float64 with an explicit one-hot matrix and a log-softmax, then casts the gradients back
to the inputs' dtype."""
import numpy as np


def mlp_backprop(x, y, w1, b1, w2, b2):
    dtype = x.dtype
    x, w1, b1, w2, b2 = (a.astype(np.float64) for a in (x, w1, b1, w2, b2))
    n, classes = x.shape[0], w2.shape[0]
    one_hot = np.eye(classes)[y]
    pre = x @ w1.T + b1
    active = pre > 0
    hidden = np.where(active, pre, 0.0)
    logits = hidden @ w2.T + b2
    top = logits.max(axis=1, keepdims=True)
    log_probs = logits - top - np.log(np.exp(logits - top).sum(axis=1, keepdims=True))
    loss = -(one_hot * log_probs).sum() / n
    d_logits = (np.exp(log_probs) - one_hot) / n
    d_pre = np.where(active, d_logits @ w2, 0.0)
    grads = {
        "w1": np.einsum("nh,nd->hd", d_pre, x),
        "b1": d_pre.sum(axis=0),
        "w2": np.einsum("nc,nh->ch", d_logits, hidden),
        "b2": d_logits.sum(axis=0),
    }
    return float(loss), {name: grad.astype(dtype) for name, grad in grads.items()}
