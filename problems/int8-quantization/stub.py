import numpy as np


def quantize_int8(w: np.ndarray, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    raise NotImplementedError("write your solution to int8-quantization here, then run `shousi run int8-quantization`")
