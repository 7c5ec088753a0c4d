# The PyTorch flavour with TRL's current default aggregation (loss_type="dapo"): one token mean over the batch.
import torch


def grpo_loss(rewards, per_token_logps, old_per_token_logps, ref_per_token_logps, completion_mask,
              num_generations, epsilon=0.2, beta=0.04, eps=1e-4):
    grouped = rewards.view(-1, num_generations)
    advantages = (rewards - grouped.mean(dim=1).repeat_interleave(num_generations)) / (
        grouped.std(dim=1).repeat_interleave(num_generations) + eps)
    coef_1 = torch.exp(per_token_logps - old_per_token_logps)
    coef_2 = torch.clamp(coef_1, 1 - epsilon, 1 + epsilon)
    a = advantages.unsqueeze(1)
    per_token_loss = -torch.min(coef_1 * a, coef_2 * a)
    kl = torch.exp(ref_per_token_logps - per_token_logps) - (ref_per_token_logps - per_token_logps) - 1
    per_token_loss = per_token_loss + beta * kl
    mask = completion_mask.to(per_token_loss.dtype)
    return (per_token_loss * mask).sum() / mask.sum().clamp(min=1.0), advantages
