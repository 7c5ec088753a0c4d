# Accepted: the PyTorch flavour with torch.logaddexp, returning the loss as a 0-d tensor.
import torch


def dpo_loss(chosen_logps, rejected_logps, ref_chosen_logps, ref_rejected_logps, beta=0.1, label_smoothing=0.0):
    logits = (chosen_logps - rejected_logps) - (ref_chosen_logps - ref_rejected_logps)
    z = beta * logits
    zero = torch.zeros_like(z)
    losses = (1 - label_smoothing) * torch.logaddexp(zero, -z) + label_smoothing * torch.logaddexp(zero, z)
    return losses.mean(), beta * (chosen_logps - ref_chosen_logps), beta * (rejected_logps - ref_rejected_logps)
