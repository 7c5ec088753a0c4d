"""Memory limit exceeded: the whole N x N IoU matrix by broadcasting (128 MiB per float64 temporary at N = 4096),
then a scan of its rows; right on small inputs, over the 64 MiB ceiling of the large ones."""
import numpy as np


def nms(boxes, scores, iou_threshold):
    b = boxes.astype(np.float64)
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    w = np.clip(np.minimum(b[:, None, 2], b[None, :, 2]) - np.maximum(b[:, None, 0], b[None, :, 0]), 0, None)
    h = np.clip(np.minimum(b[:, None, 3], b[None, :, 3]) - np.maximum(b[:, None, 1], b[None, :, 1]), 0, None)
    inter = w * h
    union = area[:, None] + area[None, :] - inter
    iou = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
    suppressed = np.zeros(len(b), dtype=bool)
    keep = []
    for i in np.argsort(-scores, kind="stable"):
        if not suppressed[i]:
            keep.append(int(i))
            suppressed |= iou[i] > iou_threshold
    return keep
