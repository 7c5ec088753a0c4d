# Forbidden: the torch.nn.Softplus module.
import torch


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (torch.from_numpy(a) for a in (policy_chosen_logps, policy_rejected_logps,
                                                    reference_chosen_logps, reference_rejected_logps))
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = chosen - rejected
    softplus = torch.nn.Softplus()
    losses = (1 - label_smoothing) * softplus(-z) + label_smoothing * softplus(z)
    return losses.mean().item(), chosen.numpy(), rejected.numpy()
