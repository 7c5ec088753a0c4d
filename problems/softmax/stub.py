import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    raise NotImplementedError("write your solution to softmax here, then run `shousi run softmax`")
