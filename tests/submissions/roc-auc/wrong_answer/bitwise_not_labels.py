# Wrong: takes the negatives as scores[~labels]; ~ is a logical not for bool labels only: on the integers 0 and 1
# it gives -1 and -2, which index the last two scores.
import numpy as np


def roc_auc(labels, scores):
    pos = scores[labels == 1]
    neg = np.sort(scores[~labels])
    twice_u = np.searchsorted(neg, pos, side="left").sum() + np.searchsorted(neg, pos, side="right").sum()
    return float(twice_u / (2 * pos.size * neg.size))
