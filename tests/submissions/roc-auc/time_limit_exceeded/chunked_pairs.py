# Time limit exceeded: every pair, vectorised in chunks of 16 positives so the memory stays small: it passes
# n = 20,000 under 16 MiB and even n = 10^6 with 1,000 negatives (10^9 pairs), but at n = 10^6 balanced it is
# 2.5 * 10^11 comparisons, O(P N) however it is batched.
import numpy as np


def roc_auc(labels, scores):
    y = labels.astype(bool)
    pos, neg = scores[y], scores[~y]
    twice = 0
    for i in range(0, pos.size, 16):
        d = pos[i:i + 16, None] - neg[None, :]
        twice += 2 * int((d > 0).sum()) + int((d == 0).sum())
    return twice / 2 / (pos.size * neg.size)
