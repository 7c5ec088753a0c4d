import numpy as np


def layer_norm(x: np.ndarray, normalized_shape: tuple[int, ...], weight: np.ndarray | None = None,
               bias: np.ndarray | None = None, eps: float = 1e-5) -> np.ndarray:
    raise NotImplementedError("write your solution to layer-norm here, then run `shousi run layer-norm`")
