# Wrong: right value, but it sorts the caller's arrays in place (labels reordered to match, then scores.sort()):
# the caller's scores and labels are no longer the ones it passed.
import numpy as np


def roc_auc(labels, scores):
    order = np.argsort(scores)
    labels[:] = labels[order]
    scores.sort()
    positive = labels.astype(bool)
    starts = np.flatnonzero(np.concatenate(([True], scores[1:] != scores[:-1])))
    pos = np.add.reduceat(positive.astype(np.int64), starts)
    neg = np.diff(np.append(starts, scores.size)) - pos
    below = np.cumsum(neg) - neg
    return (2 * int(pos @ below) + int(pos @ neg)) / (2 * int(pos.sum()) * int(neg.sum()))
