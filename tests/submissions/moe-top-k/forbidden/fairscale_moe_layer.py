"""Forbidden: FairScale's MOELayer with its Top2Gate; importing fairscale is refused."""
from fairscale.nn import MOELayer, Top2Gate


def moe_forward(x, w_router, w1, w2, top_k=2):
    gate = Top2Gate(x.shape[1], w_router.shape[0])
    raise NotImplementedError((MOELayer, gate))
