import torch
from torch import nn


class DecoderBlock(nn.Module):
    def __init__(self, embed_dim: int, num_heads: int, hidden_dim: int, eps: float = 1e-6,
                 rope_base: float = 10000.0):
        super().__init__()
        # Define, with HuggingFace LLaMA's names: input_layernorm and post_attention_layernorm (your RMS norm
        # module, each with a `weight` of shape (embed_dim,)); self_attn.q_proj, k_proj, v_proj, o_proj
        # (nn.Linear(embed_dim, embed_dim, bias=False)); mlp.gate_proj and mlp.up_proj
        # (nn.Linear(embed_dim, hidden_dim, bias=False)) and mlp.down_proj (nn.Linear(hidden_dim, embed_dim,
        # bias=False)).
        raise NotImplementedError(
            "write your solution to transformer-decoder-block here, then run `shousi run transformer-decoder-block`")

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError(
            "write your solution to transformer-decoder-block here, then run `shousi run transformer-decoder-block`")
