# Wrong: returns float32 (PyTorch's default dtype, an nn.Embedding's weight); the answer is float64.
import numpy as np


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    inv_freq = base ** (-np.arange(0, d_model, 2) / d_model)
    angles = np.arange(length)[:, None] * inv_freq
    pe = np.zeros((length, d_model), dtype=np.float32)
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, : d_model // 2])
    return pe
