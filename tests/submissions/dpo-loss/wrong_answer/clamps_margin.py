# Wrong: clamps z to [-50, 50] to keep exp finite: no inf, but a margin of -1000 then costs 50 instead of 1000.
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (a.astype(np.float64) for a in (policy_chosen_logps, policy_rejected_logps,
                                                     reference_chosen_logps, reference_rejected_logps))
    dtype = policy_chosen_logps.dtype
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = np.clip(chosen - rejected, -50, 50)
    losses = (1 - label_smoothing) * np.log(1 + np.exp(-z)) + label_smoothing * np.log(1 + np.exp(z))
    return float(losses.mean()), chosen.astype(dtype), rejected.astype(dtype)
