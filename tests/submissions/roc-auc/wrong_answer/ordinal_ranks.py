# Wrong: the Mann-Whitney formula with ranks from argsort of argsort, which numbers tied samples 1, 2, 3, ... in
# whatever order the sort left them instead of giving each the mean of their ranks: inside a tied block, the
# positives' share of the credit depends on where they happen to stand.
import numpy as np


def roc_auc(labels, scores):
    positive = labels.astype(bool)
    ranks = np.argsort(np.argsort(scores, kind="stable"), kind="stable") + 1
    p = int(positive.sum())
    n = positive.size - p
    return float((ranks[positive].sum() - p * (p + 1) / 2) / (p * n))
