# Wrong: when ignore_index is a real class (a padding id), leaves that class out of the smoothing and spreads ls over
# the other C - 1 classes; PyTorch's uniform part runs over all C classes, the padding class included.
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
    classes = np.ones(c, dtype=bool)
    if 0 <= ignore_index < c and c > 1:
        classes[ignore_index] = False
    uniform = -log_p[:, classes].mean(axis=1)
    loss = np.where(keep, (1 - label_smoothing) * nll + label_smoothing * uniform, 0)
    if reduction == "none":
        return loss.astype(logits.dtype)
    return loss.sum() if reduction == "sum" else loss.sum() / keep.sum()
