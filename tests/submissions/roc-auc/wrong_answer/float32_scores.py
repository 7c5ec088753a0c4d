# Wrong: casts the scores to float32 first (half the memory, and models output float32 anyway): float64 scores
# closer than float32's resolution (6e-8 near 1) merge into ties.
import numpy as np


def roc_auc(labels, scores):
    scores = scores.astype(np.float32)
    positive = labels.astype(bool)
    pos, neg = scores[positive], np.sort(scores[~positive])
    twice_u = int(np.searchsorted(neg, pos, side="left").sum()) + int(np.searchsorted(neg, pos, side="right").sum())
    return twice_u / (2 * pos.size * neg.size)
