"""Accepted: the PyTorch flavour: amax over every dim but `dim`, w / scale in w's dtype, torch.round (half to
even), clamp, int8."""
import torch


def quantize_int8(w: torch.Tensor, dim: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    dim %= w.dim()
    others = [d for d in range(w.dim()) if d != dim]
    amax = w.abs().amax(dim=others, keepdim=True) if others else w.abs()
    scale = torch.where(amax == 0, torch.ones_like(amax), amax / 127)
    q = torch.round(w / scale).clamp(-127, 127).to(torch.int8)
    return q, scale.reshape(-1)
