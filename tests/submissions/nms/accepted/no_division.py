"""Accepted: IoU > t written as inter > t * union, with no division at all (a zero-area pair has inter 0, and
0 > 0 is false); ties by np.lexsort on (index, -score)."""
import numpy as np


def nms(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float) -> list[int]:
    boxes = boxes.astype(np.float64)
    order = np.lexsort((np.arange(len(scores)), -scores.astype(np.float64)))
    area = np.prod(boxes[:, 2:] - boxes[:, :2], axis=1)
    keep = []
    while len(order):
        best, order = order[0], order[1:]
        keep.append(best.item())
        lo = np.maximum(boxes[best, :2], boxes[order, :2])
        hi = np.minimum(boxes[best, 2:], boxes[order, 2:])
        inter = np.prod(np.clip(hi - lo, 0, None), axis=1)
        union = area[best] + area[order] - inter
        order = order[~(inter > iou_threshold * union)]
    return keep
