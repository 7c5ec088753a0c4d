# Wrong: selects the positives with scores[labels]: with integer labels that is fancy indexing, scores[0] and
# scores[1] repeated n times, not a mask (only bool labels would select the positives).
import numpy as np


def roc_auc(labels, scores):
    pos = scores[labels]
    neg = np.sort(scores[labels == 0])
    twice_u = np.searchsorted(neg, pos, side="left").sum() + np.searchsorted(neg, pos, side="right").sum()
    return float(twice_u / (2 * pos.size * neg.size))
