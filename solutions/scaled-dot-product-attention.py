import math

import numpy as np


def scaled_dot_product_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    """softmax(q k^T / sqrt(d) + M) v, where M is 0 where mask is True (may attend) and -inf where it is False.

    q (..., Lq, d), k (..., Lk, d), v (..., Lk, dv) -> (..., Lq, dv). The mask is applied to the scores, before the
    softmax, so each row renormalises over the keys it may see; a row with every key blocked gives zeros.
    Computed in float64 for accuracy, returned in q's dtype.
    """
    d = q.shape[-1]
    q64, k64, v64 = (np.asarray(a, dtype=np.float64) for a in (q, k, v))
    scores = q64 @ np.swapaxes(k64, -1, -2) / math.sqrt(d)  # (..., Lq, Lk)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    top = scores.max(axis=-1, keepdims=True)
    blocked = np.isneginf(top)  # rows whose keys are all masked
    weights = np.exp(scores - np.where(blocked, 0.0, top))  # the max is subtracted: exponents <= 0, no overflow
    total = weights.sum(axis=-1, keepdims=True)
    weights /= np.where(blocked, 1.0, total)  # blocked rows: all weights 0, so the output row is 0
    return (weights @ v64).astype(q.dtype, copy=False)
