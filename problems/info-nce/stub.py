import numpy as np


def info_nce_loss(a: np.ndarray, b: np.ndarray, temperature: float = 0.07) -> float:
    raise NotImplementedError("write your solution to info-nce here, then run `shousi run info-nce`")
