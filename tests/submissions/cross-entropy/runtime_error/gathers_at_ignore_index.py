# Runtime error: gathers log_p[i, target[i]] before masking, so an ignored target -100 indexes past the C < 100
# classes (IndexError); with C >= 100 it would silently read class C - 100.
import numpy as np


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(reduction)
    n, c = logits.shape
    x = logits.astype(np.float64)
    z = x - x.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    nll = -log_p[np.arange(n), target]
    keep = target != ignore_index
    loss = np.where(keep, (1 - label_smoothing) * nll - label_smoothing * log_p.mean(axis=1), 0)
    if reduction == "none":
        return loss.astype(logits.dtype)
    return loss.sum() if reduction == "sum" else loss.sum() / keep.sum()
