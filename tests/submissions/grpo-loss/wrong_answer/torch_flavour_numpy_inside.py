# Wrong: the PyTorch flavour computing the loss in NumPy on detached values and wrapping it back in a tensor: the
# numbers are right, but the result is cut from the autograd graph and no gradient reaches per_token_logps.
import numpy as np
import torch


def grpo_loss(rewards, per_token_logps, old_per_token_logps, ref_per_token_logps, completion_mask,
              num_generations, epsilon=0.2, beta=0.04, eps=1e-4):
    r = rewards.detach().numpy().astype(np.float64)
    groups = r.reshape(-1, num_generations)
    advantages = ((groups - groups.mean(1, keepdims=True)) / (groups.std(1, ddof=1, keepdims=True) + eps)).reshape(-1)
    new, old, ref = (t.detach().numpy().astype(np.float64) for t in
                     (per_token_logps, old_per_token_logps, ref_per_token_logps))
    keep = completion_mask.numpy()
    a = advantages[:, None]
    with np.errstate(over="ignore", invalid="ignore"):
        ratio = np.exp(new - old)
        surrogate = np.minimum(ratio * a, np.clip(ratio, 1 - epsilon, 1 + epsilon) * a)
        kl = np.expm1(ref - new) - (ref - new)
        per_token = beta * kl - surrogate
    loss = (np.where(keep, per_token, 0.0).sum(1) / keep.sum(1)).mean()
    return torch.tensor(loss, dtype=rewards.dtype), torch.from_numpy(advantages).to(rewards.dtype)
