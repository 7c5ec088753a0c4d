"""Accepted: np.lexsort on (index, -score) for the stable descending order, a mask over all boxes instead of a
shrinking order, the test as inter > t * union (no division), float64 throughout, and the kept indices as a list
of NumPy int64s."""
import numpy as np


def nms(boxes, scores, iou_threshold):
    n = len(scores)
    if n == 0: return []
    b = boxes.astype(np.float64)
    x1, y1, x2, y2 = b[:, 0], b[:, 1], b[:, 2], b[:, 3]
    area = (x2 - x1) * (y2 - y1)
    order = np.lexsort((np.arange(n), -scores))
    alive = np.ones(n, bool); keep = []
    for i in order:
        if not alive[i]: continue
        keep.append(np.int64(i))
        w = (np.minimum(x2[i], x2) - np.maximum(x1[i], x1)).clip(0)
        h = (np.minimum(y2[i], y2) - np.maximum(y1[i], y1)).clip(0)
        inter = w * h; union = area[i] + area - inter
        alive &= ~((union > 0) & (inter > iou_threshold * union))
    return keep
