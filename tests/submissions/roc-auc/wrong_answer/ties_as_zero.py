# Wrong: counts, for each positive, the negatives strictly below it (searchsorted side="left") and nothing for a
# tie: a positive tied with a negative counts 0 instead of 1/2.
import numpy as np


def roc_auc(labels, scores):
    positive = labels == 1
    pos, neg = scores[positive], np.sort(scores[~positive])
    wins = np.searchsorted(neg, pos, side="left").sum()
    return float(wins / (pos.size * neg.size))
