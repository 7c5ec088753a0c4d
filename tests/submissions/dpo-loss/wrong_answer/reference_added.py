# Wrong: the reference's sign flipped, logits = (pc - pr) + (rc - rr) (i.e. (pc + rc) - (pr + rr)): the policy's
# log-ratio plus the reference's instead of minus.
import numpy as np


def softplus(x):
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (a.astype(np.float64) for a in (policy_chosen_logps, policy_rejected_logps,
                                                     reference_chosen_logps, reference_rejected_logps))
    dtype = policy_chosen_logps.dtype
    logits = (pc - pr) + (rc - rr)
    z = beta * logits
    losses = (1 - label_smoothing) * softplus(-z) + label_smoothing * softplus(z)
    return float(losses.mean()), (beta * (pc - rc)).astype(dtype), (beta * (pr - rr)).astype(dtype)
