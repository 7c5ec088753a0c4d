"""ppo_clip_loss re-implemented in PyTorch, in the dtype of the arrays given: torch has no PPO loss of its own, so
this is the loss as RL code writes it on tensors (OpenRLHF's PolicyLoss: surr1 = ratio * A, surr2 = clamp(ratio,
1 - eps, 1 + eps) * A, -min(surr1, surr2), a masked mean), with the log-ratio capped at log(1 + eps) where A >= 0
before exp (the clipped side wins there anyway), so that an overflowed ratio never meets A = 0."""

import math

import torch


def solve(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    new, old, adv = torch.from_numpy(logp_new), torch.from_numpy(logp_old), torch.from_numpy(advantages)
    log_ratio = new - old
    log_ratio = torch.where(adv >= 0, torch.clamp(log_ratio, max=math.log1p(clip_eps)), log_ratio)
    ratio = torch.exp(log_ratio)
    surr1 = ratio * adv
    surr2 = torch.clamp(ratio, 1 - clip_eps, 1 + clip_eps) * adv
    loss = -torch.min(surr1, surr2)
    if mask is not None:
        loss = loss[torch.from_numpy(mask)]
    return loss.mean().item()
