# Accepted: everything in the logits' own dtype (float32 stays float32, as PyTorch computes it): x - max is exact
# near 10^4, so (x - m) - log(sum) is accurate even in float32.
import numpy as np


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    if reduction not in {"mean", "sum", "none"}:
        raise ValueError("reduction must be 'mean', 'sum' or 'none'")
    n, c = logits.shape
    z = logits - logits.max(axis=1, keepdims=True)
    log_p = z - np.log(np.sum(np.exp(z), axis=1, keepdims=True))
    valid = target != ignore_index
    nll = -log_p[np.arange(n), np.where(valid, target, 0)]
    smooth = -log_p.sum(axis=1) / c
    loss = np.where(valid, (1 - label_smoothing) * nll + label_smoothing * smooth, 0).astype(logits.dtype)
    if reduction == "none":
        return loss
    if reduction == "sum":
        return float(loss.sum())
    return float(loss.sum() / valid.sum())
