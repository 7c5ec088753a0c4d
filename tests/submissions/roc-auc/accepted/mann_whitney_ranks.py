# Accepted: the Mann-Whitney U from tie-averaged ranks: each distinct score's samples share the mean of the ranks
# they span, U = (sum of the positives' ranks) - P (P + 1) / 2, AUC = U / (P N).
import numpy as np


def roc_auc(labels, scores):
    positive = labels.astype(bool)
    values, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    last = np.cumsum(counts)  # 1-based rank of each distinct score's last sample
    average = last - (counts - 1) / 2  # the mean of ranks last - count + 1 .. last
    p = int(positive.sum())
    n = positive.size - p
    rank_sum = average[inverse][positive].sum()  # half-integers below 2^53: exact in float64
    return float((rank_sum - p * (p + 1) / 2) / (p * n))
