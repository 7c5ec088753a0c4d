# verl's GRPO advantage estimator (outcome rewards, grouped by prompt index): may not be imported.
import numpy as np
from verl.trainer.ppo.core_algos import compute_grpo_outcome_advantage


def grpo_loss(rewards, logp_new, logp_old, logp_ref, mask, group_size, clip_eps=0.2, beta=0.04, eps=1e-4):
    index = np.arange(len(rewards)) // group_size
    advantages, _ = compute_grpo_outcome_advantage(rewards, mask, index, epsilon=eps)
    raise NotImplementedError
