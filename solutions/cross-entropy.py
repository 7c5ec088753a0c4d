import numpy as np

REDUCTIONS = ("mean", "sum", "none")


def cross_entropy(logits: np.ndarray, target: np.ndarray, ignore_index: int = -100, label_smoothing: float = 0.0,
                  reduction: str = "mean"):
    """Softmax cross-entropy of logits (N, C) against class indices (N,), as torch.nn.functional.cross_entropy.

    log p = (x - m) - log(sum(exp(x - m))), m the row's max: every exponent is <= 0 (no overflow) and the sum is
    >= 1 (its log is finite), so |logits| up to 1e4 are safe, where log(softmax(x)) would take log(0).
    Row i's loss is (1 - ls) * (-log p[i, target[i]]) + ls * mean over all C classes of (-log p[i, c]) (torch's
    label smoothing: the uniform share ls / C goes to every class, the target's too), and 0 where target[i] ==
    ignore_index. "mean" divides the sum by the number of rows not ignored. Computed in float64; "none" returns
    logits' dtype, "mean" and "sum" a Python float.
    """
    if reduction not in REDUCTIONS:
        raise ValueError(f"reduction must be 'mean', 'sum' or 'none', not {reduction!r}")
    x = np.asarray(logits, dtype=np.float64)
    shifted = x - x.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    kept = target != ignore_index
    rows = np.arange(x.shape[0])
    nll = -log_probs[rows, np.where(kept, target, 0)]  # an ignored row reads class 0, then is zeroed
    uniform = -log_probs.mean(axis=1)
    losses = np.where(kept, (1.0 - label_smoothing) * nll + label_smoothing * uniform, 0.0)
    if reduction == "none":
        return losses.astype(logits.dtype)
    total = float(losses.sum())
    return total if reduction == "sum" else total / int(kept.sum())
