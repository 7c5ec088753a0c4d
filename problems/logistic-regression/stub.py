import numpy as np


def logistic_regression(x: np.ndarray, y: np.ndarray, lr: float = 0.1, steps: int = 100,
                        l2: float = 0.0) -> np.ndarray:
    raise NotImplementedError(
        "write your solution to logistic-regression here, then run `shousi run logistic-regression`")
