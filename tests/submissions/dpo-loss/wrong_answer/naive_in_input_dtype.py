# Wrong: the naive log(1 + exp(-z)) in the inputs' dtype: float32 overflows past exp(88.7), so margins of -100 to -700
# give inf in float32 (float64 would survive them, not -1000).
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = chosen - rejected
    losses = (1 - label_smoothing) * np.log(1 + np.exp(-z)) + label_smoothing * np.log(1 + np.exp(z))
    return float(losses.mean()), chosen, rejected
