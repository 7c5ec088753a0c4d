# A PyTorch habit in NumPy: rewards.view(-1, group_size) (ndarray.view takes a dtype, not a shape): ValueError.
import numpy as np


def grpo_loss(rewards, logp_new, logp_old, logp_ref, mask, group_size, clip_eps=0.2, beta=0.04, eps=1e-4):
    grouped = rewards.view(-1, group_size)
    advantages = ((grouped - grouped.mean(1, keepdims=True)) / (grouped.std(1, ddof=1, keepdims=True) + eps))
    a = advantages.reshape(-1, 1)
    ratio = np.exp(logp_new - logp_old)
    surrogate = np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    per_token = beta * (np.exp(logp_ref - logp_new) - (logp_ref - logp_new) - 1) - surrogate
    return float((np.where(mask, per_token, 0).sum(1) / mask.sum(1)).mean()), advantages.reshape(-1)
