# Accepted: the PyTorch flavour (`shousi start dpo-loss --torch`), TRL's names; softplus written with clamp and log1p.
import torch


def softplus(x: torch.Tensor) -> torch.Tensor:
    return torch.clamp(x, min=0) + torch.log1p(torch.exp(-x.abs()))


def dpo_loss(chosen_logps: torch.Tensor, rejected_logps: torch.Tensor,
             ref_chosen_logps: torch.Tensor, ref_rejected_logps: torch.Tensor,
             beta: float = 0.1, label_smoothing: float = 0.0):
    chosen_rewards = beta * (chosen_logps - ref_chosen_logps)
    rejected_rewards = beta * (rejected_logps - ref_rejected_logps)
    z = chosen_rewards - rejected_rewards
    losses = (1 - label_smoothing) * softplus(-z) + label_smoothing * softplus(z)
    return losses.mean(), chosen_rewards.detach(), rejected_rewards.detach()
