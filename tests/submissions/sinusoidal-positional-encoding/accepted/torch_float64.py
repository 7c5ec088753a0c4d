# Accepted: computed with torch in float64 (no torch call is forbidden here) and returned as a NumPy array.
import numpy as np
import torch


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    position = torch.arange(length, dtype=torch.float64).unsqueeze(1)
    div_term = torch.pow(torch.tensor(float(base), dtype=torch.float64),
                         torch.arange(0, d_model, 2, dtype=torch.float64) / d_model)
    pe = torch.zeros(length, d_model, dtype=torch.float64)
    pe[:, 0::2] = torch.sin(position / div_term)
    pe[:, 1::2] = torch.cos(position / div_term[: d_model // 2])
    return pe.numpy()
