# Forbidden: NumPy's logaddexp folded by the ufunc's own .reduce (a forbidden ufunc's methods are refused with it).
import numpy as np
def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    lse = np.logaddexp.reduce(logits, axis=1)
    return float(np.mean(lse - logits[np.arange(len(target)), target]))
