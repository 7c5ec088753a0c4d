"""grpo_loss re-implemented in PyTorch, in the dtype of the arrays given, as TRL's GRPOTrainer writes it
(trl/trainer/grpo_trainer.py, loss_type="grpo", scale_rewards="group", token-level importance sampling): the
rewards viewed as (groups, G), torch.std (unbiased) and the mean repeat_interleave'd back, advantages
(r - mean) / (std + eps); coef_1 = exp(new - old), coef_2 = its clamp, -min(coef_1 * A, coef_2 * A) plus beta
times k3 = exp(ref - new) - (ref - new) - 1; each completion's masked sum over its masked count, then the mean.
torch has no GRPO of its own (TRL's nanstd is written the same way for NaN-free rewards)."""

import torch


def solve(rewards, logp_new, logp_old, logp_ref, mask, group_size, clip_eps=0.2, beta=0.04, eps=1e-4):
    r = torch.from_numpy(rewards)
    per_token_logps, old_per_token_logps, ref_per_token_logps = (
        torch.from_numpy(a) for a in (logp_new, logp_old, logp_ref))
    completion_mask = torch.from_numpy(mask).to(r.dtype)
    mean_grouped_rewards = r.view(-1, group_size).mean(dim=1).repeat_interleave(group_size, dim=0)
    std_grouped_rewards = r.view(-1, group_size).std(dim=1).repeat_interleave(group_size, dim=0)
    advantages = (r - mean_grouped_rewards) / (std_grouped_rewards + eps)
    coef_1 = torch.exp(per_token_logps - old_per_token_logps)
    coef_2 = torch.clamp(coef_1, 1 - clip_eps, 1 + clip_eps)
    per_token_loss1 = coef_1 * advantages.unsqueeze(1)
    per_token_loss2 = coef_2 * advantages.unsqueeze(1)
    per_token_loss = -torch.min(per_token_loss1, per_token_loss2)
    per_token_kl = torch.exp(ref_per_token_logps - per_token_logps) - (ref_per_token_logps - per_token_logps) - 1
    per_token_loss = per_token_loss + beta * per_token_kl
    loss = ((per_token_loss * completion_mask).sum(-1) / completion_mask.sum(-1).clamp(min=1.0)).mean()
    return loss.item(), advantages.numpy()
