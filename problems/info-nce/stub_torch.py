import torch


def info_nce_loss(image_features: torch.Tensor, text_features: torch.Tensor,
                  temperature: float = 0.07) -> torch.Tensor:
    raise NotImplementedError("write your solution to info-nce here, then run `shousi run info-nce`")
