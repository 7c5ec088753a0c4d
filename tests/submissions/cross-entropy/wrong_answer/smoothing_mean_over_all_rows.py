# Wrong: the target term is averaged over the targets kept, but the smoothing term (zeroed at the ignored rows) is
# averaged over all N rows: torch divides both parts by the same count.
import numpy as np


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(reduction)
    n, c = logits.shape
    x = logits.astype(np.float64)
    z = x - x.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    keep = target != ignore_index
    nll = np.where(keep, -log_p[np.arange(n), np.where(keep, target, 0)], 0)
    smooth = np.where(keep, -log_p.mean(axis=1), 0)
    if reduction == "none":
        return ((1 - label_smoothing) * nll + label_smoothing * smooth).astype(logits.dtype)
    if reduction == "sum":
        return (1 - label_smoothing) * nll.sum() + label_smoothing * smooth.sum()
    return (1 - label_smoothing) * nll.sum() / keep.sum() + label_smoothing * smooth.mean()
