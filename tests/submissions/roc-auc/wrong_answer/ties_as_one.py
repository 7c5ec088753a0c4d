# Wrong: counts, for each positive, the negatives at or below it (searchsorted side="right"): a positive tied
# with a negative counts 1 instead of 1/2.
import numpy as np


def roc_auc(labels, scores):
    positive = labels == 1
    pos, neg = scores[positive], np.sort(scores[~positive])
    wins = np.searchsorted(neg, pos, side="right").sum()
    return float(wins / (pos.size * neg.size))
