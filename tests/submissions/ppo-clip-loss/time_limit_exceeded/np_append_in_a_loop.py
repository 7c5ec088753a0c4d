# Too slow: grows the array of losses with np.append, element by element; each append copies the whole array, so
# N elements cost O(N^2) (3.4 * 10^10 element copies at N = 2^18).
import math

import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    keep = np.ones(logp_new.shape, bool) if mask is None else mask
    losses = np.array([])
    for new, old, a, kept in zip(logp_new.ravel(), logp_old.ravel(), advantages.ravel(), keep.ravel()):
        if kept:
            d = float(new) - float(old)
            r = math.exp(min(d, math.log1p(clip_eps))) if a >= 0 else math.exp(d)
            losses = np.append(losses, -min(r * a, min(max(r, 1 - clip_eps), 1 + clip_eps) * a))
    return float(losses.mean())
