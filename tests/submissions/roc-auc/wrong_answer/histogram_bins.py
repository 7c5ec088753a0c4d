# Wrong: the streaming approximation (as Keras' AUC metric with its thresholds): scores binned into 1000 bins over
# [0, 1], each bin's samples treated as tied. Scores closer than a bin width merge, and scores outside [0, 1]
# (logits) land in the end bins.
import numpy as np


def roc_auc(labels, scores):
    positive = labels.astype(bool)
    bins = np.clip((scores * 1000).astype(np.int64), 0, 999)
    pos = np.bincount(bins[positive], minlength=1000)
    neg = np.bincount(bins[~positive], minlength=1000)
    below = np.cumsum(neg) - neg
    return float((2 * int(pos @ below) + int(pos @ neg)) / (2 * int(pos.sum()) * int(neg.sum())))
