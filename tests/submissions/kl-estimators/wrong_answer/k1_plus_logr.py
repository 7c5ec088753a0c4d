# Wrong answer: k1 = +logr = log(p/q): the estimator of -KL (its mean is negative); k2 and k3 are right.
import numpy as np


def kl_estimators(logp, logq):
    logr = logp.astype(np.float64) - logq.astype(np.float64)
    k1, k2, k3 = logr, logr**2 / 2, np.expm1(logr) - logr
    return k1.astype(logp.dtype), k2.astype(logp.dtype), k3.astype(logp.dtype)
