import numpy as np


def rms_norm(x: np.ndarray, weight: np.ndarray | None = None, eps: float = 1e-6) -> np.ndarray:
    raise NotImplementedError("write your solution to rms-norm here, then run `shousi run rms-norm`")
