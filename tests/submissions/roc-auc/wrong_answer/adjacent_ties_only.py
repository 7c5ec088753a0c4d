# Wrong: sorts once and counts the negatives below each positive, then patches ties only between neighbours in
# the sorted order (+1/2 for a positive just before a tied negative, -1/2 the other way round): right for tied
# pairs, wrong for any tied block of three or more samples.
import numpy as np


def roc_auc(labels, scores):
    y = labels.astype(np.int64)
    order = np.argsort(scores, kind="stable")
    s, ys = scores[order], y[order]
    neg_below = np.cumsum(1 - ys) - (1 - ys)
    u = float((ys * neg_below).sum())
    eq = s[1:] == s[:-1]
    u += 0.5 * ((ys[:-1] == 1) & (ys[1:] == 0) & eq).sum()
    u -= 0.5 * ((ys[:-1] == 0) & (ys[1:] == 1) & eq).sum()
    p = int(ys.sum())
    return u / (p * (ys.size - p))
