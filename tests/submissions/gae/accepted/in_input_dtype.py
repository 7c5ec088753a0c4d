# The loop in the inputs' own dtype (float32 stays float32 throughout, as PyTorch code computes it): within the
# float32 tolerance, which is measured against the largest |expected|.
import numpy as np


def gae(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    real = rewards.dtype.type
    g, gl, one = real(gamma), real(gamma * lam), real(1)
    T = len(rewards)
    advantages = np.empty_like(rewards)
    running = real(0)
    next_value = real(last_value)
    for t in range(T - 1, -1, -1):
        keep = one - real(dones[t])
        running = rewards[t] + g * next_value * keep - values[t] + gl * keep * running
        advantages[t] = running
        next_value = values[t]
    return advantages, advantages + values
