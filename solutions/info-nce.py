import numpy as np


def info_nce_loss(a: np.ndarray, b: np.ndarray, temperature: float = 0.07) -> float:
    """CLIP's symmetric InfoNCE loss of N matched pairs (a[i], b[i]), a and b (N, D).

    Rows are L2-normalised (each row divided by its own norm: every row's norm is at least 0.1 here, so no eps
    is needed), logits[i, j] = cos(a[i], b[j]) / temperature, and the loss is the mean of two cross-entropies
    with the diagonal as the targets: over the rows of logits (a -> b: row i picks b[i] among all b) and over its
    columns (b -> a). Each log-softmax subtracts its max first: with temperature 0.01 the logits reach 100,
    past float32's exp limit of 88.7. Computed in float64; a Python float.
    """
    x = np.asarray(a, dtype=np.float64)
    y = np.asarray(b, dtype=np.float64)
    x = x / np.linalg.norm(x, axis=1, keepdims=True)
    y = y / np.linalg.norm(y, axis=1, keepdims=True)
    logits = x @ y.T / temperature
    positives = np.diag(logits)
    return float((row_log_sum_exp(logits) - positives).mean() + (row_log_sum_exp(logits.T) - positives).mean()) / 2


def row_log_sum_exp(z: np.ndarray) -> np.ndarray:
    """log(sum(exp(z[i]))) for every row i, with the row's max subtracted so no exp overflows."""
    top = z.max(axis=1)
    return top + np.log(np.exp(z - top[:, None]).sum(axis=1))
