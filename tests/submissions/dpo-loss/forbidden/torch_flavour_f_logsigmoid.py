# Forbidden: the PyTorch flavour written as TRL writes it, with F.logsigmoid.
import torch
import torch.nn.functional as F


def dpo_loss(chosen_logps: torch.Tensor, rejected_logps: torch.Tensor,
             ref_chosen_logps: torch.Tensor, ref_rejected_logps: torch.Tensor,
             beta: float = 0.1, label_smoothing: float = 0.0):
    logits = (chosen_logps - rejected_logps) - (ref_chosen_logps - ref_rejected_logps)
    losses = (-F.logsigmoid(beta * logits) * (1 - label_smoothing)
              - F.logsigmoid(-beta * logits) * label_smoothing)
    return (losses.mean(), beta * (chosen_logps - ref_chosen_logps).detach(),
            beta * (rejected_logps - ref_rejected_logps).detach())
