# Wrong: -logsigmoid(z) as log1p(exp(-z)), accurate but unguarded: exp(-z) overflows for z below -709 in float64
# (-88.7 in float32), giving an infinite loss.
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (a.astype(np.float64) for a in (policy_chosen_logps, policy_rejected_logps,
                                                     reference_chosen_logps, reference_rejected_logps))
    dtype = policy_chosen_logps.dtype
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = chosen - rejected
    losses = (1 - label_smoothing) * np.log1p(np.exp(-z)) + label_smoothing * np.log1p(np.exp(z))
    return float(losses.mean()), chosen.astype(dtype), rejected.astype(dtype)
