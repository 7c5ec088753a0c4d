import torch


def grpo_loss(rewards: torch.Tensor, per_token_logps: torch.Tensor, old_per_token_logps: torch.Tensor,
              ref_per_token_logps: torch.Tensor, completion_mask: torch.Tensor, num_generations: int,
              epsilon: float = 0.2, beta: float = 0.04, eps: float = 1e-4) -> tuple[torch.Tensor, torch.Tensor]:
    raise NotImplementedError("write your solution to grpo-loss here, then run `shousi run grpo-loss`")
