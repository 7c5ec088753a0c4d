# Wrong answer: k3 clamped to [-10, 10], as verl's "low_var_kl" does for training stability: not the estimator
# (k3 is e^50 - 51 at logr = 50 and 49 at logr = -50).
import numpy as np


def kl_estimators(logp, logq):
    logr = logp.astype(np.float64) - logq.astype(np.float64)
    k3 = np.clip(np.expm1(logr) - logr, -10.0, 10.0)
    return (-logr).astype(logp.dtype), (logr**2 / 2).astype(logp.dtype), k3.astype(logp.dtype)
