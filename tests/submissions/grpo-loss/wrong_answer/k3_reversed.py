# k3 of the reversed log-ratio: exp(new - ref) - (new - ref) - 1.
import numpy as np


def grpo_loss(rewards, logp_new, logp_old, logp_ref, mask, group_size, clip_eps=0.2, beta=0.04, eps=1e-4):
    grouped = rewards.astype(np.float64).reshape(-1, group_size)
    mean = grouped.mean(axis=1, keepdims=True)
    std = grouped.std(axis=1, ddof=1, keepdims=True)
    advantages = ((grouped - mean) / (std + eps)).reshape(-1)
    a = advantages[:, None]
    new, old, ref = (x.astype(np.float64) for x in (logp_new, logp_old, logp_ref))
    ratio = np.exp(new - old)
    surrogate = np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    kl = np.exp(new - ref) - (new - ref) - 1
    per_token = -(surrogate - beta * kl)
    m = mask.astype(np.float64)
    loss = ((per_token * m).sum(axis=1) / m.sum(axis=1)).mean()
    return float(loss), advantages.astype(rewards.dtype)
