# Wrong: the ROC curve over the distinct thresholds, but without its first point (0, 0): when the top score is
# shared by positives and negatives, the triangle under the curve's first segment is lost.
import numpy as np


def roc_auc(labels, scores):
    y = labels.astype(np.float64)
    order = np.argsort(-scores, kind="mergesort")
    s, y = scores[order], y[order]
    last = np.r_[np.flatnonzero(np.diff(s)), s.size - 1]
    tps = np.cumsum(y)[last]
    fps = (last + 1) - tps
    return float(np.trapezoid(tps / tps[-1], fps / fps[-1]))
