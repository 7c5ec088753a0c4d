# Forbidden: the PyTorch flavour as F.binary_cross_entropy(sigmoid(z), 1 - ls), the loss under another name (and wrong
# besides: PyTorch clamps each log at -100, so a margin of -1000 would cost 100 instead of 1000).
import torch
import torch.nn.functional as F


def dpo_loss(chosen_logps, rejected_logps, ref_chosen_logps, ref_rejected_logps, beta=0.1, label_smoothing=0.0):
    chosen_rewards = beta * (chosen_logps - ref_chosen_logps)
    rejected_rewards = beta * (rejected_logps - ref_rejected_logps)
    z = chosen_rewards - rejected_rewards
    loss = F.binary_cross_entropy(torch.sigmoid(z), torch.full_like(z, 1 - label_smoothing))
    return loss, chosen_rewards, rejected_rewards
