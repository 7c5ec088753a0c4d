# Accepted: the PyTorch flavour laid out as TRL's DPOTrainer.dpo_loss: the rewards computed with .detach() (metrics,
# never back-propagated), the loss from the same logits, -logsigmoid(x) as torch.logaddexp(0, -x).
import torch


def dpo_loss(chosen_logps, rejected_logps, ref_chosen_logps, ref_rejected_logps, beta=0.1, label_smoothing=0.0):
    logratios = chosen_logps - rejected_logps
    ref_logratios = ref_chosen_logps - ref_rejected_logps
    logits = logratios - ref_logratios
    zero = torch.zeros_like(logits)
    losses = ((1 - label_smoothing) * torch.logaddexp(zero, -beta * logits)
              + label_smoothing * torch.logaddexp(zero, beta * logits))
    chosen_rewards = beta * (chosen_logps - ref_chosen_logps).detach()
    rejected_rewards = beta * (rejected_logps - ref_rejected_logps).detach()
    return losses.mean(), chosen_rewards, rejected_rewards
