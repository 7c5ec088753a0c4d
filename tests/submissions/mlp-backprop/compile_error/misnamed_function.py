# Compile error: the function is called mlp_backward, so the grader finds no `mlp_backprop`.
import numpy as np


def mlp_backward(x, y, w1, b1, w2, b2):
    z = x @ w1.T + b1
    h = np.maximum(z, 0.0)
    logits = h @ w2.T + b2
    shifted = logits - logits.max(axis=1, keepdims=True)
    probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
    n = x.shape[0]
    loss = float(-np.log(probs[np.arange(n), y]).mean())
    d_logits = probs.copy()
    d_logits[np.arange(n), y] -= 1
    d_logits /= n
    d_z = (d_logits @ w2) * (z > 0)
    return loss, {"w1": d_z.T @ x, "b1": d_z.sum(0), "w2": d_logits.T @ h, "b2": d_logits.sum(0)}
