import numpy as np


def adamw_step(
    param: np.ndarray,
    grad: np.ndarray,
    exp_avg: np.ndarray,
    exp_avg_sq: np.ndarray,
    step: int,
    lr: float = 1e-3,
    beta1: float = 0.9,
    beta2: float = 0.999,
    eps: float = 1e-8,
    weight_decay: float = 1e-2,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One step of AdamW (torch.optim.AdamW's order of operations), returning new arrays: O(n) time and memory.

    `step` is 1-based: the number of this step, counting it. The weight decay is decoupled (Loshchilov & Hutter):
    it shrinks the parameter before, and apart from, the Adam update, and never enters the moments. The moments'
    zero start is corrected by 1 - beta ** step, and eps is added to the corrected root, sqrt(v) / sqrt(1 -
    beta2 ** step) + eps, as PyTorch does. Computed in float64, returned in the parameter's dtype.
    """
    p = np.asarray(param, dtype=np.float64)
    g = np.asarray(grad, dtype=np.float64)
    m = np.asarray(exp_avg, dtype=np.float64)
    v = np.asarray(exp_avg_sq, dtype=np.float64)
    p = p * (1.0 - lr * weight_decay)  # decoupled weight decay, applied first
    m = beta1 * m + (1.0 - beta1) * g
    v = beta2 * v + (1.0 - beta2) * (g * g)
    bias_correction1 = 1.0 - beta1**step
    bias_correction2 = 1.0 - beta2**step
    denom = np.sqrt(v) / np.sqrt(bias_correction2) + eps
    p = p - (lr / bias_correction1) * m / denom
    dtype = param.dtype
    return p.astype(dtype), m.astype(dtype), v.astype(dtype)
