# Wrong answer: the ratio as exp(logp) / exp(logq): both underflow to 0 for sequence log-probs (below -745 in
# float64, -103 in float32), and 0 / 0 is NaN; log(r) of it is NaN too.
import numpy as np


def kl_estimators(logp, logq):
    p, q = np.exp(logp.astype(np.float64)), np.exp(logq.astype(np.float64))
    with np.errstate(all="ignore"):
        r = p / q
        logr = np.log(r)
        k3 = np.where(np.abs(logr) < 1e-3, logr * logr / 2 + logr**3 / 6, (r - 1) - logr)
    return (-logr).astype(logp.dtype), (logr**2 / 2).astype(logp.dtype), k3.astype(logp.dtype)
