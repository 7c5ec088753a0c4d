# Everything in the input's dtype (float32 stays float32), the masked mean through np.where.
import numpy as np


def grpo_loss(rewards, logp_new, logp_old, logp_ref, mask, group_size, clip_eps=0.2, beta=0.04, eps=1e-4):
    g = rewards.reshape(-1, group_size)
    advantages = (g - g.mean(axis=1, keepdims=True)) / (g.std(axis=1, ddof=1, keepdims=True) + rewards.dtype.type(eps))
    a = advantages.reshape(-1, 1)
    ratio = np.exp(logp_new - logp_old)
    clipped = np.clip(ratio, rewards.dtype.type(1 - clip_eps), rewards.dtype.type(1 + clip_eps))
    surrogate = np.minimum(ratio * a, clipped * a)
    log_ref_ratio = logp_ref - logp_new
    kl = np.expm1(log_ref_ratio) - log_ref_ratio
    per_token = rewards.dtype.type(beta) * kl - surrogate
    per_completion = np.where(mask, per_token, 0).sum(axis=1) / mask.sum(axis=1)
    return float(per_completion.mean()), advantages.reshape(-1)
