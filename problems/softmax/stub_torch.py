import torch


def softmax(x: torch.Tensor, dim: int = -1) -> torch.Tensor:
    raise NotImplementedError("write your solution to softmax here, then run `shousi run softmax`")
