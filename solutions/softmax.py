import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """softmax(x)_i = exp(x_i - m) / sum_j exp(x_j - m), with m the max of the slice along `axis`.

    Subtracting m changes nothing mathematically (it cancels) but keeps every exponent <= 0: no overflow, and the
    largest term is exp(0) = 1, so the denominator is >= 1 and never underflows to 0. -inf entries become 0.
    keepdims=True keeps the reduced axis as size 1, so the max and the sum broadcast back along `axis`.
    Computed in float64 for accuracy, returned in x's dtype (float32 stays float32).
    """
    z = np.asarray(x, dtype=np.float64)
    z = z - z.max(axis=axis, keepdims=True)
    e = np.exp(z)
    return (e / e.sum(axis=axis, keepdims=True)).astype(x.dtype, copy=False)
