# Accepted: PyTorch's own softmax on a tensor that shares x's memory, returned as a NumPy array.
import numpy as np
import torch


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    return torch.softmax(torch.from_numpy(x), dim=axis).numpy()
