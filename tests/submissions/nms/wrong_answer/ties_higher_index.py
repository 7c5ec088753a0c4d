"""Wrong answer: descending order by reversing an ascending argsort: equal scores come out higher
index first."""
import numpy as np


def nms(boxes, scores, iou_threshold):
    x1, y1, x2, y2 = boxes.astype(np.float64).T
    areas = (x2 - x1) * (y2 - y1)
    order = np.argsort(scores, kind="stable")[::-1]
    keep = []
    while order.size > 0:
        i = order[0]
        keep.append(int(i))
        rest = order[1:]
        w = np.maximum(0.0, np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest]))
        h = np.maximum(0.0, np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]))
        inter = w * h
        union = areas[i] + areas[rest] - inter
        iou = np.zeros_like(inter)
        np.divide(inter, union, out=iou, where=union > 0)
        order = rest[iou <= iou_threshold]
    return keep
