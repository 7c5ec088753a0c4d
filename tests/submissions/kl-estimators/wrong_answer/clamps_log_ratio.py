# Wrong answer: a "safety" clamp of logr to [-20, 20] before the estimators, to keep exp from overflowing (it does
# not overflow: |logr| <= 50 here); k3 at logr = 50 is then e^20 - 21 instead of e^50 - 51.
import numpy as np


def kl_estimators(logp, logq):
    logr = np.clip(logp.astype(np.float64) - logq.astype(np.float64), -20.0, 20.0)
    k1, k2, k3 = -logr, logr**2 / 2, np.expm1(logr) - logr
    return k1.astype(logp.dtype), k2.astype(logp.dtype), k3.astype(logp.dtype)
