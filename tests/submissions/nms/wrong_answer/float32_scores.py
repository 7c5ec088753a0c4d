"""Wrong answer: float64 scores cast to float32 for the sort: scores that differ by less than float32's resolution
(1 - 1e-7 * u) become equal and are then ordered by index, not by score."""
import numpy as np


def nms(boxes, scores, iou_threshold):
    s = scores.astype(np.float32)  # merges scores that differ below float32
    x1, y1, x2, y2 = boxes.T
    area = (x2 - x1) * (y2 - y1)
    order = np.argsort(-s, kind="stable"); keep = []
    while order.size:
        i = order[0]; keep.append(int(i)); rest = order[1:]
        w = np.maximum(0, np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest]))
        h = np.maximum(0, np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]))
        inter = w * h; union = area[i] + area[rest] - inter
        iou = np.where(union > 0, inter / np.where(union > 0, union, 1), 0)
        order = rest[iou <= iou_threshold]
    return keep
