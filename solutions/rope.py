import numpy as np


def apply_rope(x: np.ndarray, positions: np.ndarray, base: float = 10000.0, interleaved: bool = False) -> np.ndarray:
    """Rotary position embedding: rotate each pair of features of x by position * theta_i.

    x (..., L, d) with d even; positions (L,) ints, one per row of the L axis (the second last). theta_i =
    base ** (-2i / d) for i < d/2. interleaved=False pairs feature i with i + d/2 (GPT-NeoX, HuggingFace's
    rotate_half); interleaved=True pairs 2i with 2i + 1 (RoFormer, Meta's LLaMA). Each pair (a, b) becomes
    (a cos - b sin, a sin + b cos). Computed in float64, returned in x's dtype; x is not modified.
    """
    d = x.shape[-1]
    half = d // 2
    theta = float(base) ** (-2.0 * np.arange(half) / d)  # (d/2,)
    angle = np.asarray(positions, dtype=np.float64)[:, None] * theta  # (L, d/2): broadcasts over x's leading axes
    cos, sin = np.cos(angle), np.sin(angle)
    x64 = np.asarray(x, dtype=np.float64)
    if interleaved:
        a, b = x64[..., 0::2], x64[..., 1::2]
    else:
        a, b = x64[..., :half], x64[..., half:]
    first, second = a * cos - b * sin, a * sin + b * cos
    if interleaved:
        out = np.stack([first, second], axis=-1).reshape(x64.shape)  # (..., d/2, 2) -> features 2i, 2i + 1
    else:
        out = np.concatenate([first, second], axis=-1)
    return out.astype(x.dtype, copy=False)
