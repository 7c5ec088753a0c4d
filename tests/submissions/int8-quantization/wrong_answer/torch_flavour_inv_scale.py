"""Wrong: the PyTorch flavour, written as torch's own quantize kernels do it: w * (1 / scale), then round: the
rounded reciprocal moves some exact halves of w / scale an ulp, and they round the other way."""
import torch


def quantize_int8(w: torch.Tensor, dim: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    dim %= w.dim()
    others = [d for d in range(w.dim()) if d != dim]
    amax = w.abs().amax(dim=others, keepdim=True) if others else w.abs()
    scale = torch.where(amax == 0, torch.ones_like(amax), amax / 127)
    inv_scale = 1.0 / scale
    q = torch.round(w * inv_scale).clamp(-127, 127).to(torch.int8)
    return q, scale.reshape(-1)
