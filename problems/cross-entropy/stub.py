import numpy as np


def cross_entropy(logits: np.ndarray, target: np.ndarray, ignore_index: int = -100, label_smoothing: float = 0.0,
                  reduction: str = "mean"):
    raise NotImplementedError("write your solution to cross-entropy here, then run `shousi run cross-entropy`")
