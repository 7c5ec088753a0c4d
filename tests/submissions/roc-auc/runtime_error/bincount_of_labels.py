# Runtime error: counts the classes with np.bincount(labels), which takes non-negative integers (and bools) only:
# float labels 0.0 / 1.0, which the statement allows, raise TypeError.
import numpy as np


def roc_auc(labels, scores):
    n_neg, n_pos = np.bincount(labels, minlength=2)
    pos, neg = scores[labels == 1], np.sort(scores[labels == 0])
    twice_u = int(np.searchsorted(neg, pos, side="left").sum()) + int(np.searchsorted(neg, pos, side="right").sum())
    return twice_u / (2 * int(n_pos) * int(n_neg))
