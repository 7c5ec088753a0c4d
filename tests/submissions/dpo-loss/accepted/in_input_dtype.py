# Accepted: everything in the inputs' own dtype (float32 stays float32 throughout), margins in TRL's order
# (pc - pr) - (rc - rr), softplus as max(x, 0) + log1p(exp(-|x|)).
import numpy as np


def softplus(x):
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps
    logits = (pc - pr) - (rc - rr)
    z = beta * logits
    losses = (1 - label_smoothing) * softplus(-z) + label_smoothing * softplus(z)
    return losses.mean(), beta * (pc - rc), beta * (pr - rr)
