# Accepted: the PyTorch flavour by the sign of the advantage, A * min(r, 1 + eps) or A * max(r, 1 - eps), written
# with torch.minimum / torch.maximum against constants; boolean indexing for the mask.
import math

import torch


def ppo_clip_loss(log_probs, old_log_probs, advantages, clip_eps=0.2, action_mask=None):
    d = log_probs - old_log_probs
    up = torch.exp(torch.clamp(d, max=math.log1p(clip_eps)))
    down = torch.exp(torch.clamp(d, min=math.log1p(-clip_eps), max=30.0))
    objective = torch.where(advantages >= 0, advantages * up, advantages * down)
    loss = -objective
    return loss.mean() if action_mask is None else loss[action_mask].mean()
