# Wrong: the tie-averaged ranks of Mann-Whitney, but the mean of a tied block's ranks taken with integer
# division, (first + last) // 2: a block of even size loses 1/2 on every rank.
import numpy as np


def roc_auc(labels, scores):
    y = labels.astype(bool)
    _, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    last = np.cumsum(counts)
    first = last - counts + 1
    ranks = ((first + last) // 2)[inverse.ravel()]
    p = int(y.sum())
    return (int(ranks[y].sum()) - p * (p + 1) / 2) / (p * (y.size - p))
