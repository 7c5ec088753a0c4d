import numpy as np


def sinusoidal_positional_encoding(length: int, d_model: int, base: float = 10000.0) -> np.ndarray:
    raise NotImplementedError(
        "write your solution to sinusoidal-positional-encoding here, then run `shousi run sinusoidal-positional-encoding`"
    )
