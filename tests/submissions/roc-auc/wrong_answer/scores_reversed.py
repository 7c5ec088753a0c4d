# Wrong: ranks the scores from the highest down (rank 1 = the top score) but keeps the formula for ranks from the
# lowest up, so it measures how often a positive scores BELOW a negative: 1 - AUC.
import numpy as np


def roc_auc(labels, scores):
    positive = labels.astype(bool)
    values, inverse, counts = np.unique(-scores, return_inverse=True, return_counts=True)
    average = np.cumsum(counts) - (counts - 1) / 2
    p = int(positive.sum())
    n = positive.size - p
    return float((average[inverse][positive].sum() - p * (p + 1) / 2) / (p * n))
