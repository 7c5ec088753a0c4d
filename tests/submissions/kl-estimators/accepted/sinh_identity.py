# Accepted: exp(x) - 1 = 2 exp(x/2) sinh(x/2), a product of accurate factors, so k3 = 2 e^(x/2) sinh(x/2) - x keeps
# its digits without expm1; k2 as the square of k1 (the same number).
import numpy as np


def kl_estimators(logp, logq):
    k1 = np.subtract(logq, logp, dtype=np.float64)  # -logr
    half = -k1 / 2
    k3 = 2.0 * np.exp(half) * np.sinh(half) + k1
    return k1.astype(logp.dtype), (k1**2 / 2).astype(logp.dtype), k3.astype(logp.dtype)
