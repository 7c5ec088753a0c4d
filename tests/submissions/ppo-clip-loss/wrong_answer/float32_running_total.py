# Wrong: the losses right, then summed one by one into a running total of the inputs' dtype (what a loop of
# `total += x` over float32 values does): once a few huge losses make the total ~10^9, float32 drops every ordinary
# token (its spacing there is 64).
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    dtype = logp_new.dtype
    a = advantages.astype(np.float64)
    d = logp_new.astype(np.float64) - logp_old
    ratio = np.exp(np.where(a >= 0, np.minimum(d, np.log1p(clip_eps)), d))
    loss = -np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    kept = (loss if mask is None else loss[mask]).astype(dtype)
    total = np.cumsum(kept, dtype=dtype)[-1]  # sequential, unlike np.sum's pairwise summation
    return float(total / kept.size)
