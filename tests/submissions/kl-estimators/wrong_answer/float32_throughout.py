# Wrong answer: the right formulas (expm1 included) computed in float32 whatever the input, answered in the input's
# dtype: float64 log-probs near -4 lose 1e-7 of themselves when cast, and with them the small log-ratios.
import numpy as np


def kl_estimators(logp, logq):
    logr = logp.astype(np.float32) - logq.astype(np.float32)
    k1, k2, k3 = -logr, logr * logr / 2, np.expm1(logr) - logr
    return k1.astype(logp.dtype), k2.astype(logp.dtype), k3.astype(logp.dtype)
