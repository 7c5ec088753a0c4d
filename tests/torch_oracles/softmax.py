"""softmax as torch.softmax computes it, in the dtype of x."""

import torch


def solve(x, axis=-1):
    return torch.softmax(torch.from_numpy(x), dim=axis).numpy()
