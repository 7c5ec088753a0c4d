# Another formulation: min(r A, clip(r) A) is min(r, 1 + eps) A for A >= 0 and max(r, 1 - eps) A for A < 0;
# groups summed with np.add.reduceat, lengths from the mask's counts.
import numpy as np


def grpo_loss(rewards, logp_new, logp_old, logp_ref, mask, group_size, clip_eps=0.2, beta=0.04, eps=1e-4):
    r = rewards.astype(np.float64)
    starts = np.arange(0, r.size, group_size)
    mean = np.add.reduceat(r, starts) / group_size
    deviation = r - np.repeat(mean, group_size)
    var = np.add.reduceat(deviation**2, starts) / (group_size - 1)
    advantages = deviation / (np.repeat(np.sqrt(var), group_size) + eps)
    a = advantages[:, None]
    ratio = np.exp(logp_new.astype(np.float64) - logp_old)
    weight = np.where(a >= 0, np.minimum(ratio, 1 + clip_eps), np.maximum(ratio, 1 - clip_eps))
    x = logp_ref.astype(np.float64) - logp_new
    per_token = beta * (np.exp(x) - x - 1) - weight * a
    lengths = np.count_nonzero(mask, axis=1)
    per_completion = np.einsum("nt,nt->n", per_token, mask.astype(np.float64)) / lengths
    return float(np.mean(per_completion)), advantages.astype(rewards.dtype)
