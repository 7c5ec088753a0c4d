# Wrong: tensor2tensor's layout, all the sines then all the cosines (concatenated halves), instead of interleaving
# sin and cos in columns 2i and 2i + 1.
import numpy as np


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    inv_freq = base ** (-np.arange(0, d_model, 2) / d_model)
    angles = np.arange(length)[:, None] * inv_freq
    return np.concatenate([np.sin(angles), np.cos(angles[:, : d_model // 2])], axis=1)
