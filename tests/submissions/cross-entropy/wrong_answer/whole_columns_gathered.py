# Wrong: log_p[:, target] instead of log_p[np.arange(N), target]: an (N, N) block of whole columns, so each row's
# "loss" averages the log-probabilities of every row's target.
import numpy as np


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(reduction)
    x = logits.astype(np.float64)
    z = x - x.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    keep = target != ignore_index
    picked = log_p[:, np.where(keep, target, 0)][:, keep]  # (N, kept)
    nll = -picked.mean(axis=1) if keep.any() else np.zeros(len(target))
    loss = np.where(keep, (1 - label_smoothing) * nll - label_smoothing * log_p.mean(axis=1), 0)
    if reduction == "none":
        return loss.astype(logits.dtype)
    return loss.sum() if reduction == "sum" else loss.sum() / keep.sum()
