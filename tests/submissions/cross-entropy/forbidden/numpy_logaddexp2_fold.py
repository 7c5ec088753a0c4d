# Forbidden: numpy.logaddexp2 folded over the classes: log2(2^a + 2^b) pair by pair, on the logits scaled by
# log2(e), is each row's log-sum-exp in base 2.
import functools

import numpy as np


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    x = logits.astype(np.float64)
    lse = functools.reduce(np.logaddexp2, (x * np.log2(np.e)).T) * np.log(2.0)
    keep = target != ignore_index
    nll = lse - x[np.arange(len(target)), np.where(keep, target, 0)]
    loss = np.where(keep, (1 - label_smoothing) * nll + label_smoothing * (lse - x.mean(axis=1)), 0)
    if reduction == "none":
        return loss.astype(logits.dtype)
    return loss.sum() if reduction == "sum" else loss.sum() / keep.sum()
