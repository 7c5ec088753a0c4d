# Accepted: one example at a time, as the chain rule is often first written: a forward pass per row and the
# gradients accumulated as outer products (N NumPy iterations: still fast enough).
import numpy as np


def mlp_backprop(x, y, w1, b1, w2, b2):
    n = x.shape[0]
    grads = {"w1": np.zeros_like(w1), "b1": np.zeros_like(b1), "w2": np.zeros_like(w2), "b2": np.zeros_like(b2)}
    total = 0.0
    for i in range(n):
        z = w1 @ x[i] + b1
        h = np.maximum(z, 0)
        logits = w2 @ h + b2
        m = logits.max()
        e = np.exp(logits - m)
        s = e.sum()
        total += float(np.log(s) + m - logits[y[i]])
        d_logits = e / s
        d_logits[y[i]] -= 1
        d_logits /= n
        d_z = (w2.T @ d_logits) * (z > 0)
        grads["w2"] += np.outer(d_logits, h)
        grads["b2"] += d_logits
        grads["w1"] += np.outer(d_z, x[i])
        grads["b1"] += d_z
    return total / n, grads
