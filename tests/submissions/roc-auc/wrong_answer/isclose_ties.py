# Wrong: groups "equal" scores with np.isclose between neighbours in sorted order, as if float scores needed a
# tolerance: scores that differ by less than ~1e-8 become ties, and a chain of close scores one block.
import numpy as np


def roc_auc(labels, scores):
    positive = labels.astype(bool)
    order = np.argsort(scores)
    ranked, hits = scores[order], positive[order].astype(np.int64)
    starts = np.flatnonzero(np.concatenate(([True], ~np.isclose(ranked[1:], ranked[:-1]))))
    pos = np.add.reduceat(hits, starts)
    neg = np.diff(np.append(starts, ranked.size)) - pos
    below = np.cumsum(neg) - neg
    return float((2 * int(pos @ below) + int(pos @ neg)) / (2 * int(pos.sum()) * int(neg.sum())))
