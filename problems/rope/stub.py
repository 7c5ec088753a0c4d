import numpy as np


def apply_rope(x: np.ndarray, positions: np.ndarray, base: float = 10000.0, interleaved: bool = False) -> np.ndarray:
    raise NotImplementedError("write your solution to rope here, then run `shousi run rope`")
