import numpy as np


def layer_norm(x: np.ndarray, normalized_shape, weight: np.ndarray | None = None, bias: np.ndarray | None = None,
               eps: float = 1e-5) -> np.ndarray:
    """(x - mean) / sqrt(var + eps) * weight + bias, with the mean and the biased variance taken over the last
    len(normalized_shape) axes of x, as torch.nn.functional.layer_norm.

    Two passes in float64: the mean first, then the mean of the squared deviations from it. The one-pass
    E[x^2] - E[x]^2 subtracts two nearly equal numbers when |mean| is much larger than the standard deviation
    and loses every digit. eps goes inside the square root; weight and bias (shape normalized_shape) broadcast
    over the leading axes. The answer keeps x's dtype; the inputs are left as they are.
    """
    shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
    k = len(shape)
    if not 1 <= k <= x.ndim or x.shape[x.ndim - k:] != shape:
        raise ValueError(f"normalized_shape {shape} is not the trailing shape of x {x.shape}")
    axes = tuple(range(x.ndim - k, x.ndim))
    z = np.asarray(x, dtype=np.float64)
    centred = z - z.mean(axis=axes, keepdims=True)
    var = np.mean(centred * centred, axis=axes, keepdims=True)
    y = centred / np.sqrt(var + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y.astype(x.dtype, copy=False)
