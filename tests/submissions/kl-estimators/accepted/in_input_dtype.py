# Accepted: everything in the inputs' own dtype (float32 arithmetic for float32 inputs), k3 with np.expm1; within
# the float32 tolerance because the float32 cases keep |logr| >= 1e-2.
import numpy as np


def kl_estimators(logp, logq):
    logr = logp - logq
    return -logr, np.square(logr) / 2, np.expm1(logr) - logr
