# Accepted, another formulation: stack (sin, cos) on a last axis of 2 and flatten it, so each pair lands side by
# side; one extra cos column for an odd d_model, cut off at the end.
import numpy as np


def sinusoidal_positional_encoding(length: int, d_model: int, base: float = 10000.0) -> np.ndarray:
    pairs = (d_model + 1) // 2
    angles = np.arange(length)[:, None] / base ** (2 * np.arange(pairs) / d_model)
    return np.stack([np.sin(angles), np.cos(angles)], axis=-1).reshape(length, 2 * pairs)[:, :d_model]
