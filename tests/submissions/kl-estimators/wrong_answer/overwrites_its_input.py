# Wrong answer: the log-ratio computed in logp's own buffer (logp -= logq), which changes the caller's array.
import numpy as np


def kl_estimators(logp, logq):
    logp -= logq
    logr = logp.astype(np.float64)
    return (-logr).astype(logp.dtype), (logr**2 / 2).astype(logp.dtype), (np.expm1(logr) - logr).astype(logp.dtype)
