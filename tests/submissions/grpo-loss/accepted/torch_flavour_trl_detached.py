# Accepted: the PyTorch flavour as TRL's GRPOTrainer really runs it: the advantages computed under torch.no_grad(),
# the old and reference log-probs detached (constants of the update); the loss is differentiable in per_token_logps.
import torch


def grpo_loss(rewards, per_token_logps, old_per_token_logps, ref_per_token_logps, completion_mask,
              num_generations, epsilon=0.2, beta=0.04, eps=1e-4):
    with torch.no_grad():
        grouped = rewards.view(-1, num_generations)
        mean = grouped.mean(dim=1).repeat_interleave(num_generations)
        std = grouped.std(dim=1).repeat_interleave(num_generations)
        advantages = (rewards - mean) / (std + eps)
    old_per_token_logps = old_per_token_logps.detach()
    ref_per_token_logps = ref_per_token_logps.detach()
    coef_1 = torch.exp(per_token_logps - old_per_token_logps)
    coef_2 = torch.clamp(coef_1, 1 - epsilon, 1 + epsilon)
    a = advantages.unsqueeze(1)
    per_token_loss = -torch.min(coef_1 * a, coef_2 * a)
    delta = ref_per_token_logps - per_token_logps
    per_token_loss = per_token_loss + beta * (torch.exp(delta) - delta - 1)
    mask = completion_mask.to(per_token_loss.dtype)
    loss = ((per_token_loss * mask).sum(-1) / mask.sum(-1).clamp(min=1.0)).mean()
    return loss, advantages
