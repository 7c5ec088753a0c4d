# Forbidden: the PyTorch flavour as a subclass of torch.nn.LayerNorm, which does all the work (constructing it is
# refused).
from torch import nn


class LayerNorm(nn.LayerNorm):
    pass
