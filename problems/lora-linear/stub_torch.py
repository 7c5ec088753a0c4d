import torch
from torch import nn


class LoRALinear(nn.Module):
    def __init__(self, base: nn.Linear, r: int, alpha: float):
        super().__init__()
        # Keep `base` (frozen: its parameters need no gradient) and define the parameters lora_A (r, in_features),
        # kaiming-uniform with a = sqrt(5), and lora_B (out_features, r), zeros.
        raise NotImplementedError("write your solution to lora-linear here, then run `shousi run lora-linear`")

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write your solution to lora-linear here, then run `shousi run lora-linear`")

    def merge(self) -> nn.Linear:
        raise NotImplementedError("write your solution to lora-linear here, then run `shousi run lora-linear`")
