# Accepted: exp(x - logsumexp(x)), the log-sum-exp trick, computed in float64 and cast back.
import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    z = x.astype(np.float64)
    m = z.max(axis=axis, keepdims=True)
    lse = m + np.log(np.exp(z - m).sum(axis=axis, keepdims=True))
    return np.exp(z - lse).astype(x.dtype)
