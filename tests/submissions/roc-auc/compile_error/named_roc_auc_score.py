# Compile error: the function is named after scikit-learn's, roc_auc_score, so the grader finds no `roc_auc`.
import numpy as np


def roc_auc_score(labels, scores):
    positive = labels.astype(bool)
    pos, neg = scores[positive], np.sort(scores[~positive])
    twice_u = int(np.searchsorted(neg, pos, side="left").sum()) + int(np.searchsorted(neg, pos, side="right").sum())
    return twice_u / (2 * pos.size * neg.size)
