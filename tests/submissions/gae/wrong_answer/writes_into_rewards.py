# Right numbers, but the deltas are computed in the rewards' own buffer: the caller's rewards are overwritten.
import numpy as np


def gae(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    not_done = (~dones).astype(rewards.dtype)
    deltas = rewards
    deltas[:-1] += gamma * values[1:] * not_done[:-1]
    deltas[-1] += gamma * last_value * not_done[-1]
    deltas -= values
    advantages = np.zeros_like(rewards)
    running = 0.0
    for t in range(len(deltas) - 1, -1, -1):
        running = deltas[t] + gamma * lam * not_done[t] * running
        advantages[t] = running
    return advantages, advantages + values
