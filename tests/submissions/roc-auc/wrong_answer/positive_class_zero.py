# Wrong: takes label 0 as the positive class (the "first" class), so it answers the AUC of the negatives, 1 - AUC.
import numpy as np


def roc_auc(labels, scores):
    positive = labels == 0
    pos, neg = scores[positive], np.sort(scores[~positive])
    twice_u = np.searchsorted(neg, pos, side="left").sum() + np.searchsorted(neg, pos, side="right").sum()
    return float(twice_u / (2 * pos.size * neg.size))
