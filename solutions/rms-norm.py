import numpy as np


def rms_norm(x: np.ndarray, weight: np.ndarray | None = None, eps: float = 1e-6) -> np.ndarray:
    """x / sqrt(mean(x**2 over the last axis) + eps) * weight: LLaMA's RMSNorm, as torch.nn.functional.rms_norm
    with normalized_shape (x.shape[-1],).

    No mean is subtracted and there is no bias: only the root mean square rescales each row. eps goes inside the
    square root (an all-zero row gives zeros, not 0/0); keepdims lets the (..., 1) statistic broadcast back over
    the last axis. Computed in float64, returned in x's dtype; the inputs are left as they are.
    """
    z = np.asarray(x, dtype=np.float64)
    y = z / np.sqrt(np.mean(z * z, axis=-1, keepdims=True) + eps)
    if weight is not None:
        y = y * weight
    return y.astype(x.dtype, copy=False)
