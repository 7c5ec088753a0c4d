# Wrong answer: the log-ratio the wrong way round, logq - logp (log q/p instead of log p/q), in all three.
import numpy as np


def kl_estimators(logp, logq):
    logr = logq.astype(np.float64) - logp.astype(np.float64)
    k1, k2, k3 = -logr, logr**2 / 2, np.expm1(logr) - logr
    return k1.astype(logp.dtype), k2.astype(logp.dtype), k3.astype(logp.dtype)
