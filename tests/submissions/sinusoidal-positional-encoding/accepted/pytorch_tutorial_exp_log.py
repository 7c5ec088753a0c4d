# Accepted: PyTorch's tutorial formula, div_term = exp(arange(0, d, 2) * (-log(base) / d)), in float64 with
# NumPy; the odd case handled by slicing div_term for the cos columns.
import math

import numpy as np


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    position = np.arange(length, dtype=np.float64)[:, None]
    div_term = np.exp(np.arange(0, d_model, 2, dtype=np.float64) * (-math.log(base) / d_model))
    pe = np.zeros((length, d_model), dtype=np.float64)
    pe[:, 0::2] = np.sin(position * div_term)
    pe[:, 1::2] = np.cos(position * div_term[: d_model // 2])
    return pe
