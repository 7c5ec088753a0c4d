"""How the grader runs the PyTorch flavour, `class SwiGLU(nn.Module)` (harness.sandbox.driver)."""


def build(SwiGLU, given):
    hidden_dim, embed_dim = given["w_gate"].shape
    return SwiGLU(embed_dim, hidden_dim)


def parameters(given):
    """Each projection's weight is one of the case's arrays, already in nn.Linear's (out, in) layout."""
    return {"gate_proj.weight": ("w_gate", None), "up_proj.weight": ("w_up", None), "down_proj.weight": ("w_down", None)}


def call(module, tensors):
    return module(tensors["x"])
