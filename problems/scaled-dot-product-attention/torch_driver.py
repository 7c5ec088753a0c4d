"""How the grader calls the PyTorch flavour, `scaled_dot_product_attention(query, key, value, attn_mask=None)`,
named as torch.nn.functional's (harness.sandbox.driver)."""


def call(attention, tensors):
    return attention(tensors["q"], tensors["k"], tensors["v"], attn_mask=tensors.get("mask"))
