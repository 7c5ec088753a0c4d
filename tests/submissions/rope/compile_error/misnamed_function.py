# Compile error: the function is called rope, so the grader finds no `apply_rope`.
import numpy as np


def rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    angle = positions[:, None] * base ** (-2.0 * np.arange(d // 2) / d)
    a, b = x[..., : d // 2], x[..., d // 2:]
    return np.concatenate([a * np.cos(angle) - b * np.sin(angle), a * np.sin(angle) + b * np.cos(angle)], axis=-1)
