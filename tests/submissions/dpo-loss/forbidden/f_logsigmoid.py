# Forbidden: torch.nn.functional.logsigmoid (as F.logsigmoid), the log-sigmoid this problem asks you to write.
import torch
import torch.nn.functional as F


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (torch.from_numpy(a) for a in (policy_chosen_logps, policy_rejected_logps,
                                                    reference_chosen_logps, reference_rejected_logps))
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = chosen - rejected
    losses = -(1 - label_smoothing) * F.logsigmoid(z) - label_smoothing * F.logsigmoid(-z)
    return losses.mean().item(), chosen.numpy(), rejected.numpy()
