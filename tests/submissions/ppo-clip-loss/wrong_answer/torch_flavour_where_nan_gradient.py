# Wrong: the PyTorch flavour with exp of the raw log-ratio, the ratio then clamped by the sign of A: the loss is right
# even at a log-ratio of 1000 (clamp(inf, max=1.2) = 1.2), but backward multiplies the clamp's zero gradient by
# exp(1000) = inf, so the clipped elements' gradient is NaN (cap the exponent before exp instead).
import torch


def ppo_clip_loss(log_probs, old_log_probs, advantages, clip_eps=0.2, action_mask=None):
    r = torch.exp(log_probs - old_log_probs)
    objective = torch.where(advantages >= 0, torch.clamp(r, max=1 + clip_eps), torch.clamp(r, min=1 - clip_eps)) * advantages
    loss = -objective
    return loss.mean() if action_mask is None else loss[action_mask].mean()
