# Accepted: the ROC curve itself, as scikit-learn builds it: thresholds at the distinct scores, from the highest
# down; the true and false positive counts at each; the curve from (0, 0) to (1, 1); its area by the trapezoid
# rule, which draws a tied block as the diagonal (exactly the 1/2 credit of a tie).
import numpy as np


def roc_auc(labels, scores):
    y = np.asarray(labels, dtype=np.float64)
    order = np.argsort(-scores, kind="mergesort")
    s, y = scores[order], y[order]
    last = np.r_[np.flatnonzero(np.diff(s)), s.size - 1]  # the last sample of each distinct score
    tps = np.cumsum(y)[last]
    fps = (last + 1) - tps
    tpr = np.r_[0.0, tps / tps[-1]]
    fpr = np.r_[0.0, fps / fps[-1]]
    return float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
