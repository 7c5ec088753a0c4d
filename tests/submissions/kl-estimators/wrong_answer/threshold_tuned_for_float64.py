# Wrong answer: expm1 only below |logr| = 1e-3, the naive formula above, in the inputs' dtype: right for float64
# (the naive k3 keeps ~9 digits there), but in float32 exp(logr) - 1 - logr at |logr| = 1e-2 is ~2e-3 off.
import numpy as np


def kl_estimators(logp, logq):
    logr = logp - logq
    k3 = np.where(np.abs(logr) < 1e-3, np.expm1(logr) - logr, np.exp(logr) - 1 - logr)
    return -logr, logr * logr / 2, k3
