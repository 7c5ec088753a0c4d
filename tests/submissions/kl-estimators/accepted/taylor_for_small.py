# Accepted: another formulation of k3, without expm1: its Taylor series logr^2/2 + logr^3/6 + logr^4/24 below
# |logr| = 1e-3 (the next term is 1e-11 of it there), the naive formula above (where it still keeps ~9 digits).
import numpy as np


def kl_estimators(logp, logq):
    x = logp.astype(np.float64) - logq.astype(np.float64)
    series = x * x * (0.5 + x * (1 / 6 + x / 24))
    with np.errstate(over="ignore"):
        naive = (np.exp(x) - 1.0) - x
    k3 = np.where(np.abs(x) < 1e-3, series, naive)
    dtype = logp.dtype
    return (-x).astype(dtype), (0.5 * x * x).astype(dtype), k3.astype(dtype)
