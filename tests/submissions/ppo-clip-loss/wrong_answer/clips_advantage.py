# Wrong: clips the advantage instead of the ratio, ratio * clip(A, 1 - eps, 1 + eps): a different function, off
# wherever |A| is not near 1 or the ratio is outside the band.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    a = advantages.astype(np.float64)
    ratio = np.exp(np.where(a >= 0, np.minimum(logp_new - logp_old, 20.0), logp_new - logp_old))
    loss = -np.minimum(ratio * a, ratio * np.clip(a, 1 - clip_eps, 1 + clip_eps))
    return float(loss.mean() if mask is None else loss[mask].mean())
