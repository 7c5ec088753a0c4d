# Forbidden: torch.nn.functional.cross_entropy over the two outcomes, logits [z, 0] against the soft targets
# [1 - ls, ls], is exactly the smoothed DPO loss.
import torch
import torch.nn.functional as F


def dpo_loss(chosen_logps, rejected_logps, ref_chosen_logps, ref_rejected_logps, beta=0.1, label_smoothing=0.0):
    chosen_rewards = beta * (chosen_logps - ref_chosen_logps)
    rejected_rewards = beta * (rejected_logps - ref_rejected_logps)
    z = chosen_rewards - rejected_rewards
    logits = torch.stack([z, torch.zeros_like(z)], dim=1)
    targets = torch.tensor([1 - label_smoothing, label_smoothing], dtype=z.dtype).expand_as(logits)
    return F.cross_entropy(logits, targets), chosen_rewards.detach(), rejected_rewards.detach()
