# The entry point misnamed (grpo instead of grpo_loss): no entry point to call.
import numpy as np


def grpo(rewards, logp_new, logp_old, logp_ref, mask, group_size, clip_eps=0.2, beta=0.04, eps=1e-4):
    g = rewards.reshape(-1, group_size)
    advantages = ((g - g.mean(1, keepdims=True)) / (g.std(1, ddof=1, keepdims=True) + eps)).reshape(-1)
    a = advantages[:, None]
    ratio = np.exp(logp_new - logp_old)
    surrogate = np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    per_token = beta * (np.exp(logp_ref - logp_new) - (logp_ref - logp_new) - 1) - surrogate
    return float((np.where(mask, per_token, 0).sum(1) / mask.sum(1)).mean()), advantages
