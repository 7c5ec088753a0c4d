# Wrong: beta outside the log-sigmoid, beta * -logsigmoid((pc - rc) - (pr - rr)), instead of -logsigmoid(beta *
# (...)).
import numpy as np


def softplus(x):
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (a.astype(np.float64) for a in (policy_chosen_logps, policy_rejected_logps,
                                                     reference_chosen_logps, reference_rejected_logps))
    dtype = policy_chosen_logps.dtype
    margin = (pc - rc) - (pr - rr)
    losses = beta * ((1 - label_smoothing) * softplus(-margin) + label_smoothing * softplus(margin))
    return float(losses.mean()), (beta * (pc - rc)).astype(dtype), (beta * (pr - rr)).astype(dtype)
