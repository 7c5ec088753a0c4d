# Accepted: the textbook vectorised answer in float64: a stable log-softmax, take_along_axis for the targets, a
# mask for the ignored rows, cast back to the logits' dtype for "none".
import numpy as np


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(f"unknown reduction {reduction!r}")
    x = logits.astype(np.float64)
    z = x - x.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    keep = target != ignore_index
    picked = np.take_along_axis(log_p, np.where(keep, target, 0)[:, None], axis=1)[:, 0]
    loss = (1 - label_smoothing) * -picked + label_smoothing * -log_p.mean(axis=1)
    loss = loss * keep
    if reduction == "none":
        return loss.astype(logits.dtype)
    return loss.sum() if reduction == "sum" else loss.sum() / keep.sum()
