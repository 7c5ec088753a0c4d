import numpy as np


def kmeans(x: np.ndarray, init_centroids: np.ndarray, max_iter: int = 100) -> tuple[np.ndarray, np.ndarray]:
    raise NotImplementedError("write your solution to kmeans here, then run `shousi run kmeans`")
