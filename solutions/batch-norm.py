import numpy as np


def batch_norm(
    x: np.ndarray,
    running_mean: np.ndarray,
    running_var: np.ndarray,
    weight: np.ndarray | None = None,
    bias: np.ndarray | None = None,
    training: bool = False,
    momentum: float = 0.1,
    eps: float = 1e-5,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalise each channel (axis 1) over every other axis: O(x.size) time, O(x.size) extra memory.

    Training normalises with the batch's mean and biased variance (the spread of this batch, divided by n) and
    returns running statistics moved `momentum` of the way towards the batch's mean and its unbiased variance
    (divided by n - 1: an estimate of the population's variance, which is what eval will normalise with). Eval
    normalises with the running statistics and returns them unchanged. The variance is computed in two passes
    (mean first, then the mean squared deviation): E[x^2] - E[x]^2 cancels catastrophically when a channel's
    mean is large beside its spread. Computed in float64, returned in the inputs' dtype; the inputs are copied,
    never written.
    """
    if x.ndim < 2:
        raise ValueError(f"x must be (N, C) or (N, C, *), got shape {x.shape}")
    axes = (0, *range(2, x.ndim))  # every axis but the channel axis
    per_channel = (1, -1) + (1,) * (x.ndim - 2)  # (C,) -> broadcastable against x
    z = x.astype(np.float64)
    old_mean = running_mean.astype(np.float64)
    old_var = running_var.astype(np.float64)
    if training:
        count = x.size // x.shape[1]  # values per channel
        if count <= 1:
            raise ValueError(f"expected more than 1 value per channel when training, got input of shape {x.shape}")
        mean = z.mean(axis=axes)
        var = np.square(z - mean.reshape(per_channel)).mean(axis=axes)  # biased: divided by count
        new_mean = (1 - momentum) * old_mean + momentum * mean
        new_var = (1 - momentum) * old_var + momentum * var * (count / (count - 1))  # unbiased
    else:
        mean, var = old_mean, old_var
        new_mean, new_var = old_mean, old_var  # fresh copies (astype copies)
    y = (z - mean.reshape(per_channel)) / np.sqrt(var.reshape(per_channel) + eps)
    if weight is not None:
        y = y * weight.astype(np.float64).reshape(per_channel)
    if bias is not None:
        y = y + bias.astype(np.float64).reshape(per_channel)
    return y.astype(x.dtype), new_mean.astype(running_mean.dtype), new_var.astype(running_var.dtype)
