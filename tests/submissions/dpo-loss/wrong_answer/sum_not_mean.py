# Wrong: sums the per-pair losses over the batch instead of averaging them.
import numpy as np


def softplus(x):
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (a.astype(np.float64) for a in (policy_chosen_logps, policy_rejected_logps,
                                                     reference_chosen_logps, reference_rejected_logps))
    dtype = policy_chosen_logps.dtype
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = chosen - rejected
    losses = (1 - label_smoothing) * softplus(-z) + label_smoothing * softplus(z)
    return float(losses.sum()), chosen.astype(dtype), rejected.astype(dtype)
