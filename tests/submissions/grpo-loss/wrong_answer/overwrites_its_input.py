# Centres the rewards in place (rewards -= mean): the answer is right, but the caller's array is changed.
import numpy as np


def grpo_loss(rewards, logp_new, logp_old, logp_ref, mask, group_size, clip_eps=0.2, beta=0.04, eps=1e-4):
    grouped = rewards.reshape(-1, group_size)  # a view of the caller's array
    grouped -= grouped.mean(axis=1, keepdims=True)
    advantages = (grouped / (grouped.std(axis=1, ddof=1, keepdims=True) + eps)).reshape(-1)
    a = advantages[:, None].astype(np.float64)
    new, old, ref = (x.astype(np.float64) for x in (logp_new, logp_old, logp_ref))
    ratio = np.exp(new - old)
    surrogate = np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    kl = np.exp(ref - new) - (ref - new) - 1
    per_token = -(surrogate - beta * kl)
    loss = (np.where(mask, per_token, 0.0).sum(axis=1) / mask.sum(axis=1)).mean()
    return float(loss), advantages.astype(rewards.dtype)
