# Too slow: grows the answer with np.vstack, one row per position; each call copies everything so far, so
# length rows cost O(length^2 * d_model) (about 64 GB of copying for 8192 x 256).
import numpy as np


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    j = np.arange(d_model)
    frequency = base ** (-(j - j % 2) / d_model)
    pe = np.empty((0, d_model))
    for p in range(length):
        angle = p * frequency
        pe = np.vstack([pe, np.where(j % 2 == 0, np.sin(angle), np.cos(angle))])
    return pe
