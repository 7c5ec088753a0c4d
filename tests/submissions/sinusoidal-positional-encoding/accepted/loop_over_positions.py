# Accepted, loops: one row per position, in a Python loop (NumPy within the row), the frequency per column from
# its pair index j // 2.
import numpy as np


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    columns = np.arange(d_model)
    frequency = 1.0 / np.power(base, 2 * (columns // 2) / d_model)
    odd = columns % 2 == 1
    out = np.empty((length, d_model))
    for p in range(length):
        angle = p * frequency
        out[p] = np.where(odd, np.cos(angle), np.sin(angle))
    return out
