# Accepted: the smoothed target distribution written out, q = (1 - ls) * one_hot + ls / C, and the loss
# -sum(q * log p) per row; ignored rows get q = 0.
import numpy as np


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(f"reduction={reduction!r} is not supported")
    n, c = logits.shape
    x = logits.astype(np.float64)
    m = np.max(x, axis=-1, keepdims=True)
    log_p = x - m - np.log(np.sum(np.exp(x - m), axis=-1, keepdims=True))
    keep = target != ignore_index
    q = np.full((n, c), label_smoothing / c)
    q[np.arange(n)[keep], target[keep]] += 1.0 - label_smoothing
    q[~keep] = 0.0
    loss = -(q * log_p).sum(axis=-1)
    if reduction == "none":
        return loss.astype(logits.dtype)
    return loss.sum() / (keep.sum() if reduction == "mean" else 1)
