"""Wrong answer: the PyTorch flavour with the aux loss as HuggingFace's Mixtral load_balancing_loss_func writes
it: the one-hot assignments (N, top_k, X) averaged over tokens only, so f_e sums to top_k and the loss is top_k
times the Switch loss asked for (2 times at top_k = 2). The forward pass is right."""
import torch
import torch.nn.functional as F


def moe_forward(hidden_states, router_weight, w1, w2, top_k=2):
    num_experts = router_weight.shape[0]
    routing_weights = F.softmax(hidden_states @ router_weight.T, dim=-1)
    weights, selected_experts = torch.sort(routing_weights, dim=-1, descending=True, stable=True)
    weights, selected_experts = weights[:, :top_k], selected_experts[:, :top_k]
    weights = weights / weights.sum(dim=-1, keepdim=True)
    out = torch.zeros_like(hidden_states)
    for e in range(num_experts):
        token, slot = torch.where(selected_experts == e)
        if token.numel():
            out.index_add_(0, token, (F.relu(hidden_states[token] @ w1[e].T) @ w2[e].T) * weights[token, slot, None])
    expert_mask = F.one_hot(selected_experts, num_experts)
    tokens_per_expert = torch.mean(expert_mask.to(routing_weights.dtype), dim=0)  # (top_k, X)
    router_prob_per_expert = torch.mean(routing_weights, dim=0)
    return out, torch.sum(tokens_per_expert * router_prob_per_expert.unsqueeze(0)) * num_experts
