# Wrong answer: k2 = logr^2 without the 1/2: twice the right value (its mean is ~2 KL for q close to p).
import numpy as np


def kl_estimators(logp, logq):
    logr = logp.astype(np.float64) - logq.astype(np.float64)
    k1, k2, k3 = -logr, logr**2, np.expm1(logr) - logr
    return k1.astype(logp.dtype), k2.astype(logp.dtype), k3.astype(logp.dtype)
