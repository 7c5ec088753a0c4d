import numpy as np


def flash_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray, block_size: int = 64,
                    causal: bool = False) -> np.ndarray:
    raise NotImplementedError("write your solution to flash-attention here, then run `shousi run flash-attention`")
