# Wrong: label smoothing's weights swapped, -ls * logsigmoid(z) - (1 - ls) * logsigmoid(-z): right only at ls = 0.5.
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
    losses = label_smoothing * softplus(-z) + (1 - label_smoothing) * softplus(z)
    return float(losses.mean()), chosen.astype(dtype), rejected.astype(dtype)
