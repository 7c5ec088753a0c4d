# Accepted: a loop over Python floats (the lists from tolist()), log-sigmoid by the sign of its argument.
import math

import numpy as np


def log_sigmoid(x):
    if x >= 0:
        return -math.log1p(math.exp(-x))
    return x - math.log1p(math.exp(x))


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    total = 0.0
    chosen, rejected = [], []
    for pc, pr, rc, rr in zip(policy_chosen_logps.tolist(), policy_rejected_logps.tolist(),
                              reference_chosen_logps.tolist(), reference_rejected_logps.tolist()):
        c, r = beta * (pc - rc), beta * (pr - rr)
        z = c - r
        total += -(1 - label_smoothing) * log_sigmoid(z) - label_smoothing * log_sigmoid(-z)
        chosen.append(c)
        rejected.append(r)
    dtype = policy_chosen_logps.dtype
    return total / len(chosen), np.array(chosen, dtype=dtype), np.array(rejected, dtype=dtype)
