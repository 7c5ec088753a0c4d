"""How the grader runs the PyTorch flavour, `class GroupedQueryAttention(nn.Module)` (harness.sandbox.driver)."""


def build(GroupedQueryAttention, given):
    return GroupedQueryAttention(given["x"].shape[-1], given["num_heads"], given["num_kv_heads"])


def parameters(given):
    """Each projection's weight is one of the case's arrays, as it is (HuggingFace LLaMA's names, no biases)."""
    return {"q_proj.weight": ("w_q", None), "k_proj.weight": ("w_k", None), "v_proj.weight": ("w_v", None),
            "o_proj.weight": ("w_o", None)}


def call(module, tensors):
    return module(tensors["x"], causal=tensors.get("causal", True))
