import numpy as np


def sinusoidal_positional_encoding(length: int, d_model: int, base: float = 10000.0) -> np.ndarray:
    """The Transformer's fixed encoding: column pair (2i, 2i + 1) holds sin and cos of p / base**(2i / d_model).

    Every pair shares one frequency, base**(-2i / d_model), a geometric sequence from 1 rad per position down to
    about 1 / base; sin goes in the even column and cos in the odd one (interleaved). With an odd d_model the last
    column is the sin of one more frequency, without its cos. O(length * d_model) time and memory, float64.
    """
    positions = np.arange(length, dtype=np.float64)[:, None]
    even = np.arange(0, d_model, 2, dtype=np.float64)  # 2i for every pair i, (d_model + 1) // 2 of them
    angles = positions / np.power(float(base), even / d_model)  # (length, (d_model + 1) // 2)
    encoding = np.empty((length, d_model), dtype=np.float64)
    encoding[:, 0::2] = np.sin(angles)
    encoding[:, 1::2] = np.cos(angles[:, : d_model // 2])
    return encoding
