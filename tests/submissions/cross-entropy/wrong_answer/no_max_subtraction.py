# Wrong: log(sum(exp(x))) without subtracting the row's max: exp(1000) overflows to inf in float64 (float32 already
# past exp(88.7)), and the loss is inf or NaN.
import numpy as np


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(reduction)
    n, c = logits.shape
    log_p = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    keep = target != ignore_index
    nll = -log_p[np.arange(n), np.where(keep, target, 0)]
    loss = np.where(keep, (1 - label_smoothing) * nll - label_smoothing * log_p.mean(axis=1), 0).astype(logits.dtype)
    if reduction == "none":
        return loss
    return float(loss.sum()) if reduction == "sum" else float(loss.sum() / keep.sum())
