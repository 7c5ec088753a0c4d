# Forbidden: verl's core_algos.compute_policy_loss is this loss; the library may not be imported.
import numpy as np
import verl.trainer.ppo.core_algos as core_algos


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    response_mask = np.ones(logp_new.shape, bool) if mask is None else mask
    return float(core_algos.compute_policy_loss(logp_old, logp_new, advantages, response_mask, cliprange=clip_eps)[0])
