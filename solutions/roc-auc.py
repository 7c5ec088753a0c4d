import numpy as np


def roc_auc(labels: np.ndarray, scores: np.ndarray) -> float:
    """The ROC AUC as the Mann-Whitney count over blocks of tied scores, in O(n log n): sort once, count the
    positives and negatives of each distinct score, and credit each positive with the negatives strictly below its
    score plus half the negatives tied with it. Counts stay integers (Python ints for the products, so nothing
    overflows); the one rounding is the final division."""
    positive = np.asarray(labels).astype(bool)
    order = np.argsort(scores)
    ranked, hits = scores[order], positive[order].astype(np.int64)
    starts = np.flatnonzero(np.concatenate(([True], ranked[1:] != ranked[:-1])))  # where each distinct score begins
    pos = np.add.reduceat(hits, starts)  # positives per distinct score, ascending
    neg = np.diff(np.append(starts, ranked.size)) - pos
    below = np.cumsum(neg) - neg  # negatives strictly below each distinct score
    twice_u = 2 * int(pos @ below) + int(pos @ neg)  # twice the Mann-Whitney U: a tie counts 1 of 2
    return twice_u / (2 * int(pos.sum()) * int(neg.sum()))
