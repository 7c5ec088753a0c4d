# Wrong answer: computed in float64 and returned so: float32 inputs get float64 answers.
import numpy as np


def kl_estimators(logp, logq):
    logr = logp.astype(np.float64) - logq.astype(np.float64)
    return -logr, logr**2 / 2, np.expm1(logr) - logr
