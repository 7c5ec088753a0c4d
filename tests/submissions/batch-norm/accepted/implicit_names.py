# Accepted: a paste relying on LeetCode's implicit names (Optional, Tuple) with no import but NumPy's; the statistics
# on a (N, C, n) view of x, reduced over axes 0 and 2.
import numpy as np


def batch_norm(x, running_mean, running_var, weight: Optional[np.ndarray] = None, bias: Optional[np.ndarray] = None,
               training: bool = False, momentum: float = 0.1, eps: float = 1e-5) -> Tuple[np.ndarray, ...]:
    n_batch, c = x.shape[:2]
    v = x.reshape(n_batch, c, -1).astype(np.float64)
    count = v.shape[0] * v.shape[2]
    if training:
        if count == 1:
            raise ValueError("need more than one value per channel")
        mean = v.mean(axis=(0, 2))
        var = ((v - mean[None, :, None]) ** 2).mean(axis=(0, 2))
        running = ((1 - momentum) * running_mean + momentum * mean,
                   (1 - momentum) * running_var + momentum * var * count / (count - 1))
    else:
        mean, var = running_mean.astype(np.float64), running_var.astype(np.float64)
        running = (running_mean.copy(), running_var.copy())
    y = (v - mean[None, :, None]) / np.sqrt(var[None, :, None] + eps)
    if weight is not None:
        y = y * weight[None, :, None]
    if bias is not None:
        y = y + bias[None, :, None]
    return y.reshape(x.shape).astype(x.dtype), running[0].astype(x.dtype), running[1].astype(x.dtype)
