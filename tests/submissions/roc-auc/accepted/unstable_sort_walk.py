# Accepted (the slowest): NumPy's default (unstable) sort, then a walk over the samples in Python from the lowest
# score up, one block of tied scores at a time: each positive of a block beats the negatives seen before it and
# ties with the block's own. The order inside a block does not matter, because the block is counted as a whole.
import numpy as np


def roc_auc(labels, scores):
    order = np.argsort(scores)
    s = scores[order].tolist()
    y = (labels[order] != 0).tolist()
    twice_u = neg_below = pos_total = 0
    i, n = 0, len(s)
    while i < n:
        j, pos, neg = i, 0, 0
        while j < n and s[j] == s[i]:
            if y[j]:
                pos += 1
            else:
                neg += 1
            j += 1
        twice_u += pos * (2 * neg_below + neg)
        neg_below += neg
        pos_total += pos
        i = j
    return twice_u / (2 * pos_total * neg_below)
