# The advantages are right, but the returns are the discounted rewards-to-go (no bootstrap, no lam) instead of
# advantages + values.
import numpy as np


def gae(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    T = len(rewards)
    advantages = np.zeros_like(rewards)
    returns = np.zeros_like(rewards)
    last_gae, running_return = 0.0, 0.0
    for t in reversed(range(T)):
        next_value = last_value if t == T - 1 else values[t + 1]
        not_done = 1.0 - dones[t]
        delta = rewards[t] + gamma * next_value * not_done - values[t]
        last_gae = delta + gamma * lam * not_done * last_gae
        advantages[t] = last_gae
        running_return = rewards[t] + gamma * not_done * running_return
        returns[t] = running_return
    return advantages, returns
