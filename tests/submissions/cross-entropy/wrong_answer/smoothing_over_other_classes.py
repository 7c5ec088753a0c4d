# Wrong: the other label-smoothing convention (found in some seq2seq code): 1 - ls on the target and ls / (C - 1)
# on each other class, where PyTorch gives ls / C to every class, the target's too.
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
    smooth = -log_p.sum(axis=1)
    eps_i = label_smoothing / (c - 1) if c > 1 else 0.0
    loss = np.where(keep, (1.0 - label_smoothing - eps_i) * nll + eps_i * smooth, 0)
    if reduction == "none":
        return loss.astype(logits.dtype)
    return loss.sum() if reduction == "sum" else loss.sum() / keep.sum()
