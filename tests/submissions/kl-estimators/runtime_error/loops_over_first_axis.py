# Runtime error: a loop over logp and logq as if they were 1-D: on a 2-D input each item is a row, and
# math.expm1 of a row raises TypeError.
import math

import numpy as np


def kl_estimators(logp, logq):
    k1, k2, k3 = [], [], []
    for p, q in zip(logp, logq):
        logr = float(p) - float(q) if np.ndim(p) == 0 else p - q
        k1.append(-logr)
        k2.append(logr * logr / 2)
        k3.append(math.expm1(logr) - logr)
    return tuple(np.array(k, dtype=logp.dtype) for k in (k1, k2, k3))
