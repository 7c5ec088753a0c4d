"""How the grader runs the PyTorch flavour, `class MultiHeadAttention(nn.Module)` (harness.sandbox.driver)."""


def build(MultiHeadAttention, given):
    return MultiHeadAttention(given["query"].shape[-1], given["num_heads"])


def parameters(given):
    """Each submodule's weight and bias come from the case's nn.MultiheadAttention-layout arrays."""
    e = given["query"].shape[-1]
    rows = {"q_proj": slice(0, e), "k_proj": slice(e, 2 * e), "v_proj": slice(2 * e, 3 * e)}
    loaded = {}
    for layer, part in rows.items():
        loaded[f"{layer}.weight"] = ("in_proj_weight", part)
        loaded[f"{layer}.bias"] = ("in_proj_bias", part)
    loaded["out_proj.weight"] = ("out_proj_weight", None)
    loaded["out_proj.bias"] = ("out_proj_bias", None)
    return loaded


def call(module, tensors):
    return module(tensors["query"], tensors["key"], tensors["value"], mask=tensors.get("mask"))
