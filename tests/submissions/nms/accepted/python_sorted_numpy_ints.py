"""Accepted: Python's sorted with key (-score, index), the boxes kept in a Python list, and a list of NumPy
integers returned (a list of ints as the wire sends it); the IoU per kept box vectorised in the input's dtype."""
import numpy as np


def iou_one_to_many(box, others):
    tl = np.maximum(box[:2], others[:, :2])
    br = np.minimum(box[2:], others[:, 2:])
    wh = np.clip(br - tl, 0, None)
    inter = wh[:, 0] * wh[:, 1]
    area = lambda b: (b[..., 2] - b[..., 0]) * (b[..., 3] - b[..., 1])  # noqa: E731
    union = area(box) + area(others) - inter
    safe = np.where(union > 0, union, 1)
    return np.where(union > 0, inter / safe, 0)


def nms(boxes, scores, iou_threshold):
    order = np.array(sorted(range(len(scores)), key=lambda i: (-scores[i], i)), dtype=np.int64)
    keep = []
    while order.size:
        keep.append(order[0])
        order = order[1:][iou_one_to_many(boxes[order[0]], boxes[order[1:]]) <= iou_threshold]
    return keep
