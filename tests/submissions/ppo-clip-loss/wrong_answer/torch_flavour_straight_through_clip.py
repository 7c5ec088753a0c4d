# Wrong: the PyTorch flavour with a straight-through clip, ratio + (clamp(ratio) - ratio).detach(): the loss is right,
# but the clipped elements still pass the ratio's gradient, where PPO's is exactly 0.
import math

import torch


def ppo_clip_loss(log_probs, old_log_probs, advantages, clip_eps=0.2, action_mask=None):
    log_ratio = log_probs - old_log_probs
    log_ratio = torch.where(advantages >= 0, log_ratio.clamp(max=math.log1p(clip_eps)), log_ratio)
    ratio = log_ratio.exp()
    clipped = ratio + (ratio.clamp(1 - clip_eps, 1 + clip_eps) - ratio).detach()
    loss = -torch.min(ratio * advantages, clipped * advantages)
    return loss.mean() if action_mask is None else loss[action_mask].mean()
