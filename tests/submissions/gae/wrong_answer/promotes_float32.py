# Right numbers, wrong dtype: 1.0 - dones is a float64 mask, so float32 inputs get float64 answers.
import numpy as np


def gae(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    not_done = 1.0 - dones
    next_values = np.append(values[1:], last_value)
    deltas = rewards + gamma * next_values * not_done - values
    advantages = np.zeros_like(deltas)
    running = 0.0
    for t in range(len(deltas) - 1, -1, -1):
        running = deltas[t] + gamma * lam * not_done[t] * running
        advantages[t] = running
    return advantages, advantages + values
