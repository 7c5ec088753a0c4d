# Wrong: ranks counted from 0 (the positions in the sorted order) in the Mann-Whitney formula, which needs ranks
# from 1: U comes out P too small, the AUC 1/N too small.
import numpy as np


def roc_auc(labels, scores):
    positive = labels.astype(bool)
    values, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    first = np.cumsum(counts) - counts  # 0-based position of each distinct score's first sample
    average = first + (counts - 1) / 2
    p = int(positive.sum())
    n = positive.size - p
    return float((average[inverse][positive].sum() - p * (p + 1) / 2) / (p * n))
