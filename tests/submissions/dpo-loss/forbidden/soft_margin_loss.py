# Forbidden: torch.nn.functional.soft_margin_loss, mean(log(1 + exp(-y * z))): with y = +1 and -1, the two terms.
import torch
import torch.nn.functional as F


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (torch.from_numpy(a) for a in (policy_chosen_logps, policy_rejected_logps,
                                                    reference_chosen_logps, reference_rejected_logps))
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = chosen - rejected
    ones = torch.ones_like(z)
    losses = ((1 - label_smoothing) * F.soft_margin_loss(z, ones, reduction="none")
              + label_smoothing * F.soft_margin_loss(z, -ones, reduction="none"))
    return losses.mean().item(), chosen.numpy(), rejected.numpy()
