# Forbidden: softmax imported by name from torch.nn.functional (an alias the check must still catch); the
# import is inside the function, after torch was loaded by the line below.
import numpy as np
import torch


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    from torch.nn.functional import softmax as torch_softmax

    return torch_softmax(torch.as_tensor(x), dim=axis).numpy()
