# Forbidden: torch.softmax does the whole problem (right answers: it would be accepted without the check).
import numpy as np
import torch


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    return torch.softmax(torch.from_numpy(x), dim=axis).numpy()
