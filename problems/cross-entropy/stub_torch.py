import torch


def cross_entropy(input: torch.Tensor, target: torch.Tensor, ignore_index: int = -100, label_smoothing: float = 0.0,
                  reduction: str = "mean") -> torch.Tensor:
    raise NotImplementedError("write your solution to cross-entropy here, then run `shousi run cross-entropy`")
