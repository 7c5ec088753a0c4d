# Wrong: the ROC curve with one point per sample instead of one per distinct score: walking a tied block sample
# by sample draws a staircase through it (up for each positive, right for each negative, in the sort's order)
# where the curve is the diagonal, so the block's ties count 0 or 1 depending on that order.
import numpy as np


def roc_auc(labels, scores):
    order = np.argsort(-scores, kind="stable")
    y = labels[order].astype(np.float64)
    tpr = np.concatenate(([0.0], np.cumsum(y) / y.sum()))
    fpr = np.concatenate(([0.0], np.cumsum(1 - y) / (1 - y).sum()))
    return float(np.trapezoid(tpr, fpr))
