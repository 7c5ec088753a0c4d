"""dpo_loss as TRL's DPOTrainer computes its sigmoid loss (trl 0.12 to 0.24, `loss_type="sigmoid"`), with
torch.nn.functional.logsigmoid, in the dtype of the log-probs: logits = (pc - pr) - (rc - rr), then
-logsigmoid(beta * logits) * (1 - ls) - logsigmoid(-beta * logits) * ls, averaged as the trainer does."""

import torch
import torch.nn.functional as F


def solve(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps, beta=0.1,
          label_smoothing=0.0):
    pc, pr, rc, rr = (torch.from_numpy(a) for a in (policy_chosen_logps, policy_rejected_logps,
                                                    reference_chosen_logps, reference_rejected_logps))
    logits = (pc - pr) - (rc - rr)
    losses = (-F.logsigmoid(beta * logits) * (1 - label_smoothing)
              - F.logsigmoid(-beta * logits) * label_smoothing)
    chosen_rewards = beta * (pc - rc)
    rejected_rewards = beta * (pr - rr)
    return losses.mean().item(), chosen_rewards.numpy(), rejected_rewards.numpy()
