# Every delta at once with NumPy, then the recursion over Python floats: the fastest loop.
import numpy as np


def gae(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    next_values = np.append(values[1:], last_value)
    not_done = ~dones
    deltas = rewards + gamma * np.where(not_done, next_values, 0) - values
    decays = np.where(not_done, gamma * lam, 0.0)
    out = []
    running = 0.0
    for delta, decay in zip(deltas[::-1].tolist(), decays[::-1].tolist()):
        running = delta + decay * running
        out.append(running)
    advantages = np.array(out[::-1])
    return advantages.astype(rewards.dtype), (advantages + values).astype(rewards.dtype)
