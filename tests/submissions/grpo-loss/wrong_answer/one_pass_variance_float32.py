# Wrong: the one-pass variance (E[r^2] - E[r]^2) * G / (G - 1), in the input's dtype: when a group's rewards share a
# large offset (~900) with a small spread (~1), E[r^2] ~ 8.1e5 carries float32's rounding of ~0.06, and the
# difference of two such numbers (the variance, ~1) loses most of its digits: the advantages are far off. Subtract
# the mean first (two passes), or accumulate in float64.
import numpy as np


def grpo_loss(rewards, logp_new, logp_old, logp_ref, mask, group_size, clip_eps=0.2, beta=0.04, eps=1e-4):
    g = rewards.reshape(-1, group_size)
    mean = g.mean(axis=1, keepdims=True)
    var = ((g * g).mean(axis=1, keepdims=True) - mean * mean) * rewards.dtype.type(group_size / (group_size - 1))
    std = np.sqrt(np.maximum(var, 0))
    advantages = (g - mean) / (std + rewards.dtype.type(eps))
    a = advantages.reshape(-1, 1)
    ratio = np.exp(logp_new - logp_old)
    clipped = np.clip(ratio, rewards.dtype.type(1 - clip_eps), rewards.dtype.type(1 + clip_eps))
    surrogate = np.minimum(ratio * a, clipped * a)
    log_ref_ratio = logp_ref - logp_new
    kl = np.expm1(log_ref_ratio) - log_ref_ratio
    per_token = rewards.dtype.type(beta) * kl - surrogate
    per_completion = np.where(mask, per_token, 0).sum(axis=1) / mask.sum(axis=1)
    return float(per_completion.mean()), advantages.reshape(-1)
