# Finds each completion's group by scanning the whole batch: O(N^2) over Python floats, hopeless at N = 65536.
import math

import numpy as np


def grpo_loss(rewards, logp_new, logp_old, logp_ref, mask, group_size, clip_eps=0.2, beta=0.04, eps=1e-4):
    r = rewards.tolist()
    advantages = []
    for i in range(len(r)):
        group = [x for j, x in enumerate(r) if j // group_size == i // group_size]
        mean = sum(group) / len(group)
        std = math.sqrt(sum((x - mean) ** 2 for x in group) / (len(group) - 1))
        advantages.append((r[i] - mean) / (std + eps))
    a = np.array(advantages)[:, None]
    new, old, ref = (x.astype(np.float64) for x in (logp_new, logp_old, logp_ref))
    ratio = np.exp(new - old)
    surrogate = np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    per_token = beta * (np.exp(ref - new) - (ref - new) - 1) - surrogate
    loss = (np.where(mask, per_token, 0.0).sum(axis=1) / mask.sum(axis=1)).mean()
    return float(loss), np.array(advantages, dtype=rewards.dtype)
