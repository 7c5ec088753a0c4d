import numpy as np


def swiglu_ffn(x: np.ndarray, w_gate: np.ndarray, w_up: np.ndarray, w_down: np.ndarray) -> np.ndarray:
    raise NotImplementedError("write your solution to swiglu-ffn here, then run `shousi run swiglu-ffn`")
