import torch


def quantize_int8(w: torch.Tensor, dim: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    raise NotImplementedError("write your solution to int8-quantization here, then run `shousi run int8-quantization`")
