# Accepted: vectorised NumPy in float64, k3 with np.expm1, the answers cast back to the inputs' dtype.
import numpy as np


def kl_estimators(logp, logq):
    logr = logp.astype(np.float64) - logq.astype(np.float64)
    k3 = np.expm1(logr) - logr
    return (-logr).astype(logp.dtype), (logr * logr / 2).astype(logp.dtype), k3.astype(logp.dtype)
