# Wrong answer: k3 built on the reciprocal ratio q/p, (exp(-logr) - 1) + logr, stably: it agrees with k3 to
# second order (both ~ logr^2 / 2) but not beyond: e - 2 = 0.718 against 1/e = 0.368 at logr = 1.
import numpy as np


def kl_estimators(logp, logq):
    logr = logp.astype(np.float64) - logq.astype(np.float64)
    k1, k2, k3 = -logr, logr**2 / 2, np.expm1(-logr) + logr
    return k1.astype(logp.dtype), k2.astype(logp.dtype), k3.astype(logp.dtype)
