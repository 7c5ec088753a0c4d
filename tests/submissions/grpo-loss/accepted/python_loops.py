# Loops over Python floats: each group's statistics by hand, then every completion token by token (math.exp).
import math

import numpy as np


def grpo_loss(rewards, logp_new, logp_old, logp_ref, mask, group_size, clip_eps=0.2, beta=0.04, eps=1e-4):
    r = rewards.tolist()
    advantages = []
    for start in range(0, len(r), group_size):
        group = r[start:start + group_size]
        mean = sum(group) / group_size
        std = math.sqrt(sum((x - mean) ** 2 for x in group) / (group_size - 1))
        advantages.extend((x - mean) / (std + eps) for x in group)
    low, high = 1 - clip_eps, 1 + clip_eps
    total = 0.0
    for a, new_row, old_row, ref_row, keep_row in zip(advantages, logp_new.tolist(), logp_old.tolist(),
                                                      logp_ref.tolist(), mask.tolist()):
        s, count = 0.0, 0
        for new, old, ref, keep in zip(new_row, old_row, ref_row, keep_row):
            if not keep:
                continue
            ratio = math.exp(new - old)
            surrogate = min(ratio * a, min(max(ratio, low), high) * a)
            d = ref - new
            s += beta * (math.exp(d) - d - 1) - surrogate
            count += 1
        total += s / count
    return total / len(advantages), np.array(advantages, dtype=rewards.dtype)
