# Forbidden: the PyTorch flavour that hands the whole problem to torch.nn.functional.cross_entropy.
import torch
import torch.nn.functional as F


def cross_entropy(input: torch.Tensor, target: torch.Tensor, ignore_index: int = -100, label_smoothing: float = 0.0,
                  reduction: str = "mean") -> torch.Tensor:
    return F.cross_entropy(input, target, ignore_index=ignore_index, label_smoothing=label_smoothing,
                           reduction=reduction)
