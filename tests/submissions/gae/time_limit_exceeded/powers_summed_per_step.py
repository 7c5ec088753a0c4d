# The written-out sum, A_t = sum over l of (gamma * lam)^l * delta_{t+l}, one generator per step with a power per
# term: correct, but O(T^2) in one long episode, over a billion terms in Python at T = 5*10^4.
import numpy as np


def gae(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    T = len(rewards)
    r, v, d = rewards.tolist(), values.tolist(), dones.tolist()
    following = v[1:] + [float(last_value)]
    deltas = [r[t] + (0.0 if d[t] else gamma * following[t]) - v[t] for t in range(T)]
    end = T - 1
    ends = [0] * T  # the last step of each step's episode
    for t in range(T - 1, -1, -1):
        if d[t]:
            end = t
        ends[t] = end
    decay = gamma * lam
    advantages = [sum(decay ** l * deltas[t + l] for l in range(ends[t] - t + 1)) for t in range(T)]
    a = np.array(advantages)
    return a.astype(rewards.dtype), (a + values).astype(rewards.dtype)
