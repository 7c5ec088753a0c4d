import numpy as np


def roc_auc(labels: np.ndarray, scores: np.ndarray) -> float:
    raise NotImplementedError("write your solution to roc-auc here, then run `shousi run roc-auc`")
