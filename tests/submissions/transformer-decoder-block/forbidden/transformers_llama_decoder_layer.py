# Forbidden: HuggingFace's LlamaDecoderLayer, which is this very block (importing transformers is refused, whether
# or not it is installed).
import numpy as np
import torch
from transformers import LlamaConfig
from transformers.models.llama.modeling_llama import LlamaDecoderLayer, LlamaRotaryEmbedding


def decoder_block(x, params, num_heads, eps=1e-6, rope_base=10000.0):
    B, L, E = x.shape
    F = np.asarray(params["w_gate"]).shape[0]
    config = LlamaConfig(hidden_size=E, num_attention_heads=num_heads, num_key_value_heads=num_heads,
                         intermediate_size=F, rms_norm_eps=eps, rope_theta=rope_base)
    layer = LlamaDecoderLayer(config, layer_idx=0).to(torch.float64)
    names = {"input_layernorm.weight": "attn_norm", "self_attn.q_proj.weight": "w_q",
             "self_attn.k_proj.weight": "w_k", "self_attn.v_proj.weight": "w_v", "self_attn.o_proj.weight": "w_o",
             "post_attention_layernorm.weight": "ffn_norm", "mlp.gate_proj.weight": "w_gate",
             "mlp.up_proj.weight": "w_up", "mlp.down_proj.weight": "w_down"}
    layer.load_state_dict({name: torch.as_tensor(np.asarray(params[key], dtype=np.float64))
                           for name, key in names.items()})
    t = torch.from_numpy(x.astype(np.float64))
    positions = torch.arange(L)[None]
    rotary = LlamaRotaryEmbedding(config)(t, positions)
    mask = torch.full((L, L), float("-inf"), dtype=torch.float64).triu(1)[None, None]
    with torch.no_grad():
        out = layer(t, attention_mask=mask, position_ids=positions, position_embeddings=rotary)
    return (out[0] if isinstance(out, tuple) else out).numpy().astype(x.dtype)
