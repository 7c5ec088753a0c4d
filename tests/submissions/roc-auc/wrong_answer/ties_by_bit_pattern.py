# Wrong: groups tied scores by their bit pattern (float64 viewed as int64) instead of by ==: 0.0 and -0.0 are
# one score but two bit patterns, so a positive at 0.0 and a negative at -0.0 are not counted as a tie.
import numpy as np


def roc_auc(labels, scores):
    y = labels.astype(bool)
    s = scores.astype(np.float64)
    order = np.argsort(s, kind="stable")
    bits, ys = s[order].view(np.int64), y[order]
    new = np.r_[True, bits[1:] != bits[:-1]]
    group = np.cumsum(new) - 1
    pos = np.bincount(group, weights=ys)
    neg = np.bincount(group) - pos
    neg_below = np.cumsum(neg) - neg
    p = ys.sum()
    return float((pos * (neg_below + neg / 2)).sum() / (p * (ys.size - p)))
