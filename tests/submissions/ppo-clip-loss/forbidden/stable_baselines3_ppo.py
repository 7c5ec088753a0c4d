# Forbidden: Stable-Baselines3's PPO computes this loss in PPO.train; the library may not be imported.
import numpy as np
import stable_baselines3 as sb3


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    ratio = np.exp(logp_new - logp_old)
    model = sb3.PPO.__new__(sb3.PPO)
    model.clip_range = lambda _: clip_eps
    return float(-np.minimum(ratio * advantages, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * advantages).mean())
