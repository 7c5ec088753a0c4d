"""Greedy non-maximum suppression, as torchvision.ops.nms: take the boxes in descending score (a stable sort, so
equal scores go lower index first), keep the best remaining one, and drop every remaining box whose IoU with it
exceeds the threshold; the IoU of each kept box with the remaining ones is one vectorised step."""

import numpy as np


def nms(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float) -> list[int]:
    x1, y1, x2, y2 = (boxes[:, k].astype(np.float64) for k in range(4))
    areas = (x2 - x1) * (y2 - y1)
    order = np.argsort(-scores, kind="stable")
    keep = []
    while order.size:
        best, rest = order[0], order[1:]
        keep.append(int(best))
        width = np.clip(np.minimum(x2[best], x2[rest]) - np.maximum(x1[best], x1[rest]), 0.0, None)
        height = np.clip(np.minimum(y2[best], y2[rest]) - np.maximum(y1[best], y1[rest]), 0.0, None)
        inter = width * height
        union = areas[best] + areas[rest] - inter
        # A zero-area pair has union 0 (and intersection 0): its IoU is 0, not 0 / 0.
        iou = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
        order = rest[iou <= iou_threshold]
    return keep
