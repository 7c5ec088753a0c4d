"""How the grader calls the PyTorch flavour, `moe_forward(hidden_states, router_weight, w1, w2, top_k=2)` on
tensors (harness.sandbox.driver): the case's x, w_router, w1 and w2 by position, top_k by keyword."""


def call(moe_forward, tensors):
    return moe_forward(tensors["x"], tensors["w_router"], tensors["w1"], tensors["w2"], top_k=tensors["top_k"])
