# Wrong: p * base**(2i / d) instead of p / base**(2i / d): the frequencies grow instead of shrinking.
import numpy as np


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    scale = base ** (np.arange(0, d_model, 2) / d_model)
    angles = np.arange(length)[:, None] * scale
    pe = np.zeros((length, d_model))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, : d_model // 2])
    return pe
