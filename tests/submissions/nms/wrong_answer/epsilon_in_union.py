"""Wrong answer: an epsilon in the denominator, inter / (union + 1e-6), instead of a guard on the zero union: for
small boxes in normalised coordinates (unions near 1e-5) it lowers IoUs by several percent and keeps boxes that
exceed the threshold."""
import numpy as np


def nms(boxes, scores, iou_threshold):
    b = boxes
    x1, y1, x2, y2 = b[:, 0], b[:, 1], b[:, 2], b[:, 3]
    area = (x2 - x1) * (y2 - y1)
    order = np.argsort(-scores, kind="stable")
    keep = []
    while order.size:
        i = order[0]; keep.append(int(i)); rest = order[1:]
        w = np.maximum(0, np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest]))
        h = np.maximum(0, np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]))
        inter = w * h
        union = area[i] + area[rest] - inter
        iou = inter / (union + 1e-6)
        order = rest[iou <= iou_threshold]
    return keep
