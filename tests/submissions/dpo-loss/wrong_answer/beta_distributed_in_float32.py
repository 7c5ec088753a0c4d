# Wrong in float32: the margin as (beta * pc - beta * rc) - (beta * pr - beta * rr), beta distributed before the
# subtractions (the rewards themselves are right). With beta 10 and log-probs near -2 * 10^4 the products are near
# 2 * 10^5, where float32's spacing is 1/64: the margin, and with it the loss, is ~1e-2 off.
import numpy as np


def softplus(x):
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps
    dtype = pc.dtype
    b = dtype.type(beta)
    z = (b * pc - b * rc) - (b * pr - b * rr)
    losses = (1 - label_smoothing) * softplus(-z) + label_smoothing * softplus(z)
    return float(losses.mean()), b * (pc - rc), b * (pr - rr)
