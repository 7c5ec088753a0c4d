import numpy as np


def kl_estimators(logp: np.ndarray, logq: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Schulman's three per-sample estimators of KL(q || p), for samples x ~ q given log p(x) and log q(x).

    With logr = log(p(x) / q(x)): k1 = -logr (unbiased, high variance), k2 = logr**2 / 2 (biased, low variance)
    and k3 = (r - 1) - logr (unbiased, low variance, never negative). k3 is written expm1(logr) - logr: near
    p = q, exp(logr) - 1 rounds away every digit of a k3 of logr**2 / 2 (5e-17 at logr = 1e-8), while expm1
    keeps them. Computed in float64, answered in the inputs' dtype; the inputs are not modified.
    """
    dtype = logp.dtype
    logr = np.asarray(logp, dtype=np.float64) - np.asarray(logq, dtype=np.float64)
    k1 = -logr
    k2 = 0.5 * logr**2
    k3 = np.expm1(logr) - logr
    return k1.astype(dtype), k2.astype(dtype), k3.astype(dtype)
