"""Accepted: the PyTorch flavour, Mixtral's HuggingFace forward on tensors (softmax, top-k by a stable descending
sort, renormalise, one_hot mask per expert, index_add_) with the Switch aux loss, in the input's dtype."""
import torch
import torch.nn.functional as F


def moe_forward(hidden_states, router_weight, w1, w2, top_k=2):
    num_experts = router_weight.shape[0]
    routing = F.softmax(hidden_states @ router_weight.T, dim=-1)
    weights, selected = torch.sort(routing, dim=-1, descending=True, stable=True)
    weights, selected = weights[:, :top_k], selected[:, :top_k]
    weights = weights / weights.sum(dim=-1, keepdim=True)
    out = torch.zeros_like(hidden_states)
    expert_mask = F.one_hot(selected, num_experts).permute(2, 1, 0)
    for e in range(num_experts):
        idx, top_x = torch.where(expert_mask[e])
        if top_x.numel() == 0:
            continue
        current = F.relu(hidden_states[top_x] @ w1[e].T) @ w2[e].T
        out.index_add_(0, top_x, current * weights[top_x, idx, None])
    tokens_per_expert = expert_mask.sum(dim=(1, 2)).to(routing.dtype) / selected.numel()
    aux = num_experts * torch.sum(tokens_per_expert * routing.mean(dim=0))
    return out, aux
