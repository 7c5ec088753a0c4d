# Accepted: sort the negatives once; for each positive, binary search how many negatives lie strictly below it
# (side="left") and how many at or below it (side="right"): the mean of the two counts gives ties 1/2.
import numpy as np


def roc_auc(labels, scores):
    positive = labels == 1
    pos, neg = scores[positive], np.sort(scores[~positive])
    below = np.searchsorted(neg, pos, side="left")
    at_or_below = np.searchsorted(neg, pos, side="right")
    twice_u = int(below.sum()) + int(at_or_below.sum())
    return twice_u / (2 * pos.size * neg.size)
