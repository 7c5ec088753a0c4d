# Accepted: counts per distinct score with np.unique and np.bincount (labels as 0/1 weights), then the
# probability that a random positive outscores a random negative, ties 1/2, written as a sum over scores.
import numpy as np


def roc_auc(labels, scores):
    _, inverse = np.unique(scores, return_inverse=True)
    y = (labels > 0.5).astype(np.float64)
    pos = np.bincount(inverse, weights=y)
    neg = np.bincount(inverse, weights=1.0 - y)
    neg_below = np.concatenate(([0.0], np.cumsum(neg)[:-1]))
    return float(np.dot(pos, neg_below + 0.5 * neg) / (pos.sum() * neg.sum()))
