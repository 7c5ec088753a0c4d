# Wrong: a port of a C++ solution that keeps its `int` counters: P and N are int32, and 2 * P * N (5e11 at the
# balanced maximum) wraps around past 2^31 - 1.
import numpy as np


def roc_auc(labels, scores):
    positive = labels == 1
    p = np.int32(np.count_nonzero(positive))
    n = np.int32(labels.size) - p
    pos, neg = scores[positive], np.sort(scores[~positive])
    twice_u = np.searchsorted(neg, pos, side="left").sum() + np.searchsorted(neg, pos, side="right").sum()
    return float(twice_u / (2 * p * n))
