# Wrong: "mean" divides by N, the ignored rows included, instead of by the number of targets kept.
import numpy as np


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(reduction)
    n, c = logits.shape
    x = logits.astype(np.float64)
    z = x - x.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    keep = target != ignore_index
    nll = -log_p[np.arange(n), np.where(keep, target, 0)]
    loss = np.where(keep, (1 - label_smoothing) * nll - label_smoothing * log_p.mean(axis=1), 0)
    if reduction == "none":
        return loss.astype(logits.dtype)
    return loss.sum() if reduction == "sum" else loss.mean()
