# Wrong: chains through the softmax's Jacobian with dloss/dp = -one_hot / p: right in exact arithmetic, but where
# a target's probability underflows to 0 (a target 10^3 below its row's max) it is -1 / 0 = -inf, and the
# gradients become NaN; the loss is log(0) there too.
import numpy as np


def mlp_backprop(x, y, w1, b1, w2, b2):
    n = x.shape[0]
    rows = np.arange(n)
    z = x @ w1.T + b1
    h = np.maximum(z, 0.0)
    logits = h @ w2.T + b2
    exps = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs = exps / exps.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        loss = float(np.mean(-np.log(probs[rows, y])))
        dprobs = np.zeros_like(probs)
        dprobs[rows, y] = -1.0 / (n * probs[rows, y])
        # each row's Jacobian diag(p) - p p^T, applied to dprobs
        dlogits = probs * dprobs - probs * (probs * dprobs).sum(axis=1, keepdims=True)
    dz = (dlogits @ w2) * (z > 0)
    return loss, {"w1": dz.T @ x, "b1": dz.sum(axis=0), "w2": dlogits.T @ h, "b2": dlogits.sum(axis=0)}
