# Wrong: the exponent from each column's own index, base**(j / d), so a cos column j = 2i + 1 gets the frequency
# base**(-(2i + 1) / d) instead of its sin partner's base**(-2i / d).
import numpy as np


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    j = np.arange(d_model)
    angles = np.arange(length)[:, None] / base ** (j / d_model)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
