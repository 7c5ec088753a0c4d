# GAE by its definition: for every step, the sum of (gamma * lam)^l * delta_{t+l} up to the episode's end.
# Correct, but O(T^2) in one long episode: minutes at T = 5*10^4.
import numpy as np


def gae(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    T = len(rewards)
    r, v, d = rewards.tolist(), values.tolist(), dones.tolist()
    deltas = [r[t] + (0.0 if d[t] else gamma * (v[t + 1] if t + 1 < T else last_value)) - v[t] for t in range(T)]
    advantages = []
    for t in range(T):
        total, weight = 0.0, 1.0
        for s in range(t, T):
            total += weight * deltas[s]
            if d[s]:
                break
            weight *= gamma * lam
        advantages.append(total)
    a = np.array(advantages)
    return a.astype(rewards.dtype), (a + values).astype(rewards.dtype)
