import numpy as np


def mlp_backprop(x: np.ndarray, y: np.ndarray, w1: np.ndarray, b1: np.ndarray, w2: np.ndarray,
                 b2: np.ndarray) -> tuple[float, dict[str, np.ndarray]]:
    """The mean softmax cross-entropy of a one-hidden-layer ReLU network and its gradients, by hand.

    Forward: z = x @ w1.T + b1, h = relu(z), logits = h @ w2.T + b2, log p = (logits - m) - log(sum(exp(logits -
    m))) with m each row's max (no overflow, no log(0)), loss = mean of -log p[n, y[n]]. Backward, the chain rule
    from the top: dlogits = (softmax - one_hot(y)) / N, dw2 = dlogits.T @ h, db2 = dlogits summed over the batch,
    dh = dlogits @ w2, dz = dh where z > 0 (relu'(0) = 0), dw1 = dz.T @ x, db1 = dz summed over the batch.
    Computed in float64; the loss is a Python float, the gradients keep x's dtype.
    """
    x64, w1_64, b1_64, w2_64, b2_64 = (np.asarray(a, dtype=np.float64) for a in (x, w1, b1, w2, b2))
    n = x64.shape[0]
    rows = np.arange(n)
    z = x64 @ w1_64.T + b1_64
    h = np.maximum(z, 0.0)
    logits = h @ w2_64.T + b2_64
    shifted = logits - logits.max(axis=1, keepdims=True)
    exps = np.exp(shifted)
    sums = exps.sum(axis=1, keepdims=True)
    loss = float(np.mean(np.log(sums[:, 0]) - shifted[rows, y]))
    dlogits = exps / sums
    dlogits[rows, y] -= 1.0
    dlogits /= n
    dz = (dlogits @ w2_64) * (z > 0)
    grads = {"w1": dz.T @ x64, "b1": dz.sum(axis=0), "w2": dlogits.T @ h, "b2": dlogits.sum(axis=0)}
    return loss, {name: grad.astype(x.dtype) for name, grad in grads.items()}
