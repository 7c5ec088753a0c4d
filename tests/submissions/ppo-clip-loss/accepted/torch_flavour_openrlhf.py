# Accepted: the PyTorch flavour (`shousi start ppo-clip-loss --torch`), OpenRLHF's names and surrogates, the exponent
# capped with torch.where where A >= 0, a masked mean as sum over count; differentiable in all three inputs.
import math

import torch


def ppo_clip_loss(log_probs: torch.Tensor, old_log_probs: torch.Tensor, advantages: torch.Tensor,
                  clip_eps: float = 0.2, action_mask: torch.Tensor | None = None) -> torch.Tensor:
    log_ratio = log_probs - old_log_probs
    log_ratio = torch.where(advantages >= 0, log_ratio.clamp(max=math.log1p(clip_eps)), log_ratio)
    ratio = log_ratio.exp()
    surr1 = ratio * advantages
    surr2 = ratio.clamp(1 - clip_eps, 1 + clip_eps) * advantages
    loss = -torch.min(surr1, surr2)
    if action_mask is None:
        return loss.mean()
    return (loss * action_mask).sum() / action_mask.sum()
