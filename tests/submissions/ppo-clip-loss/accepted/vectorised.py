# Accepted: the textbook surrogates (surr1 = r * A, surr2 = clip(r) * A, -min), with the exponent capped at
# log(1 + eps) where A >= 0 so that exp never overflows into an A of 0; a boolean-indexed mean.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    log_ratio = logp_new.astype(np.float64) - logp_old.astype(np.float64)
    a = advantages.astype(np.float64)
    ratio = np.exp(np.where(a >= 0, np.minimum(log_ratio, np.log1p(clip_eps)), log_ratio))
    surr1 = ratio * a
    surr2 = np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a
    loss = -np.minimum(surr1, surr2)
    return float(loss.mean() if mask is None else loss[mask].mean())
