import numpy as np


def silu(z: np.ndarray) -> np.ndarray:
    """z * sigmoid(z) without overflow: exp is only ever taken of -|z| <= 0."""
    e = np.exp(-np.abs(z))  # in (0, 1]
    sigmoid = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return z * sigmoid


def swiglu_ffn(x: np.ndarray, w_gate: np.ndarray, w_up: np.ndarray, w_down: np.ndarray) -> np.ndarray:
    """LLaMA's feed-forward block: (silu(x @ w_gate.T) * (x @ w_up.T)) @ w_down.T.

    x (..., E); w_gate and w_up (F, E) and w_down (E, F), in nn.Linear's (out_features, in_features) layout, no
    biases. Computed in float64, returned in x's dtype; the inputs are not modified.
    """
    f64 = lambda a: np.asarray(a, dtype=np.float64)  # noqa: E731
    x64 = f64(x)
    gate = x64 @ f64(w_gate).T  # (..., F)
    up = x64 @ f64(w_up).T  # (..., F)
    out = (silu(gate) * up) @ f64(w_down).T  # (..., E)
    return out.astype(x.dtype, copy=False)
