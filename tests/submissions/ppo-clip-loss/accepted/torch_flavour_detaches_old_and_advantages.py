# Accepted: the PyTorch flavour that detaches old_log_probs and advantages (constants of the update, as in training):
# only the gradient with respect to log_probs is compared. Masked mean via boolean indexing.
import math

import torch


def ppo_clip_loss(log_probs: torch.Tensor, old_log_probs: torch.Tensor, advantages: torch.Tensor,
                  clip_eps: float = 0.2, action_mask: torch.Tensor | None = None) -> torch.Tensor:
    old_log_probs = old_log_probs.detach()
    advantages = advantages.detach()
    log_ratio = log_probs - old_log_probs
    # where A >= 0 the ratio only matters up to 1 + eps: cap the exponent so exp never overflows
    log_ratio = torch.where(advantages >= 0, log_ratio.clamp(max=math.log1p(clip_eps)), log_ratio)
    ratio = log_ratio.exp()
    surrogate = torch.min(ratio * advantages, ratio.clamp(1 - clip_eps, 1 + clip_eps) * advantages)
    loss = -surrogate
    return loss.mean() if action_mask is None else loss[action_mask].mean()
