import numpy as np


def grpo_loss(rewards: np.ndarray, logp_new: np.ndarray, logp_old: np.ndarray, logp_ref: np.ndarray,
              mask: np.ndarray, group_size: int, clip_eps: float = 0.2, beta: float = 0.04,
              eps: float = 1e-4) -> tuple[float, np.ndarray]:
    """GRPO's loss on one batch of completions, as TRL's GRPOTrainer computes it (loss_type="grpo"), and the
    group-relative advantages it uses.

    The rewards come in consecutive groups of group_size completions of one prompt: each completion's advantage is
    its reward against its own group's mean, in units of the group's unbiased std (+ eps, so that a group whose
    rewards are all equal gets advantages 0, not 0 / 0). Per token, the clipped PPO surrogate of the ratio
    pi_new / pi_old, minus beta times the k3 estimate of KL(pi_new || pi_ref) (never negative); each completion's
    loss is the mean over its own masked tokens, and the loss the mean over completions. Computed in float64;
    the advantages come back in the rewards' dtype, the loss as a Python float. O(N * T) time and memory.
    """
    r = np.asarray(rewards, dtype=np.float64)
    if group_size < 2 or r.shape[0] % group_size:
        raise ValueError(f"group_size must be at least 2 and divide the {r.shape[0]} rewards, got {group_size}")
    groups = r.reshape(-1, group_size)  # row g holds completions g * G .. g * G + G - 1
    centred = groups - groups.mean(axis=1, keepdims=True)
    std = np.sqrt((centred**2).sum(axis=1, keepdims=True) / (group_size - 1))  # Bessel's correction, as TRL
    advantages = (centred / (std + eps)).reshape(-1)

    new, old, ref = (np.asarray(a, dtype=np.float64) for a in (logp_new, logp_old, logp_ref))
    keep = np.asarray(mask, dtype=bool)
    a = advantages[:, None]
    with np.errstate(over="ignore", invalid="ignore"):  # masked-out positions may hold anything finite
        ratio = np.exp(new - old)
        surrogate = np.minimum(ratio * a, np.clip(ratio, 1.0 - clip_eps, 1.0 + clip_eps) * a)
        log_ref_ratio = ref - new
        kl = np.expm1(log_ref_ratio) - log_ref_ratio  # exp(x) - x - 1 >= 0, without cancelling near x = 0
        per_token = beta * kl - surrogate
    per_completion = np.where(keep, per_token, 0.0).sum(axis=1) / keep.sum(axis=1)
    return float(per_completion.mean()), advantages.astype(rewards.dtype, copy=False)
