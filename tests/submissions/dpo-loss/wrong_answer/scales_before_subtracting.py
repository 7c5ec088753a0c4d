# Wrong in float32: the rewards as beta * pc - beta * rc in the inputs' dtype. Near the start of training pc and rc
# agree to ~1e-3 at ~-10^3, where float32's spacing is ~6e-5: the difference of the two rounded products keeps only a
# digit or two of the reward.
import numpy as np


def softplus(x):
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps
    chosen, rejected = beta * pc - beta * rc, beta * pr - beta * rr
    z = chosen - rejected
    losses = (1 - label_smoothing) * softplus(-z) + label_smoothing * softplus(z)
    return float(losses.mean()), chosen, rejected
