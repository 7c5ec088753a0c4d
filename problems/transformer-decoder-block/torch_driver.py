"""How the grader runs the PyTorch flavour, `class DecoderBlock(nn.Module)` (harness.sandbox.driver).

The weights arrive in one input, the dict `params`, which the generic loader (`parameters(given)` mapping each
parameter to a top-level array) and the finite-difference gradients cannot reach yet, so `build` loads them
itself, through the same harness.sandbox.driver helpers: the module in the case's dtype, each parameter checked
by name and shape. Gradient cases then compare the gradient of x, which flows through every weight.
"""

LOADED_FROM = {  # HuggingFace LLaMA's parameter names -> the key of `params` each is loaded from
    "input_layernorm.weight": "attn_norm",
    "self_attn.q_proj.weight": "w_q",
    "self_attn.k_proj.weight": "w_k",
    "self_attn.v_proj.weight": "w_v",
    "self_attn.o_proj.weight": "w_o",
    "post_attention_layernorm.weight": "ffn_norm",
    "mlp.gate_proj.weight": "w_gate",
    "mlp.up_proj.weight": "w_up",
    "mlp.down_proj.weight": "w_down",
}


def build(DecoderBlock, given):
    import numpy as np

    from harness.sandbox.driver import case_dtype, load_parameters

    x = given["x"]
    # The examples give the weights as JSON lists; hidden cases as arrays of x's dtype.
    weights = {key: np.asarray(value, dtype=x.dtype) for key, value in given["params"].items()}
    options = {name: given[name] for name in ("eps", "rope_base") if name in given}
    module = DecoderBlock(x.shape[-1], given["num_heads"], weights["w_gate"].shape[0], **options)
    module.to(case_dtype(given))
    load_parameters(module, {name: (key, None) for name, key in LOADED_FROM.items()}, weights)
    return module


def call(module, tensors):
    return module(tensors["x"])
