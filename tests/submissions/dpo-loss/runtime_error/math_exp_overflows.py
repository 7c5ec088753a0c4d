# Runtime error: a loop with math.log(1 + math.exp(-z)): Python's math.exp raises OverflowError ("math range
# error") past exp(709.78) instead of returning inf, at the first margin below -709.
import math

import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    losses, chosen, rejected = [], [], []
    for pc, pr, rc, rr in zip(policy_chosen_logps.tolist(), policy_rejected_logps.tolist(),
                              reference_chosen_logps.tolist(), reference_rejected_logps.tolist()):
        c, r = beta * (pc - rc), beta * (pr - rr)
        z = c - r
        losses.append((1 - label_smoothing) * math.log(1 + math.exp(-z))
                      + label_smoothing * math.log(1 + math.exp(z)))
        chosen.append(c)
        rejected.append(r)
    dtype = policy_chosen_logps.dtype
    return sum(losses) / len(losses), np.array(chosen, dtype), np.array(rejected, dtype)
