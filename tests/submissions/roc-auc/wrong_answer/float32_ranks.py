# Wrong: keeps the ranks in the scores' dtype (np.empty_like(scores)); with float32 scores the rank sum, ~5e11 at
# n = 10^6, is accumulated in float32, whose ulp there is 32768: U = R - P (P + 1) / 2 keeps few correct digits
# when the negatives are few.
import numpy as np


def roc_auc(labels, scores):
    positive = labels.astype(bool)
    order = np.argsort(scores)
    ranked = scores[order]
    ranks = np.empty_like(scores)
    starts = np.flatnonzero(np.concatenate(([True], ranked[1:] != ranked[:-1])))
    ends = np.append(starts[1:], ranked.size)
    ranks[order] = np.repeat((starts + ends + 1) / 2, ends - starts)  # the mean of ranks start+1 .. end
    p = int(positive.sum())
    n = positive.size - p
    return float((ranks[positive].sum() - p * (p + 1) / 2) / (p * n))
